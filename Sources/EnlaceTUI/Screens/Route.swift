/// Where one screen can send the person. Screens open each other only through a route, so a
/// screen names what it wants ("this case") and not how another screen loads it.
public enum Route: Sendable, Equatable {
    case home
    case caseList
    case search
    /// A new intake (or the draft being typed).
    case intake
    case caseDetail(caseId: Int64)
    case newReferral(caseId: Int64)
    case referral(referralId: Int64)
    case followUps
    case review
    case reports
    case admin
    case person(personId: Int64)
    case importSheet
}

extension ScreenDispatch {
    /// Opens the screen of `route` on top of the current one and asks for its data.
    static func open(_ state: inout AppState, _ route: Route) -> [Effect] {
        switch route {
        case .caseList:
            return CaseListScreen.enter(&state)
        case .caseDetail(let caseId):
            return CaseDetailScreen.open(&state, caseId: caseId)
        case .home:
            return HomeScreen.enter(&state)
        case .followUps:
            return FollowUpsScreen.enter(&state)
        case .search:
            return SearchScreen.enter(&state)
        case .newReferral(let caseId):
            return ReferralScreen.openNew(&state, caseId: caseId)
        case .referral(let referralId):
            return ReferralScreen.openExisting(&state, referralId: referralId)
        case .review:
            return ReviewScreen.enter(&state)
        case .reports:
            return ReportsScreen.enter(&state)
        case .intake:
            return IntakeScreen.enter(&state)
        case .admin:
            return AdminScreen.enter(&state)
        case .person(let personId):
            return PersonScreen.open(&state, personId: personId)
        case .importSheet:
            return ImportScreen.enter(&state)
        }
    }
}

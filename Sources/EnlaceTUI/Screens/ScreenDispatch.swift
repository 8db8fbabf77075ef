/// Where the loop hands a screen its keys, its drawing and its refreshes. Each screen lives in
/// `Screens/<Feature>/` with its state, commands, update and view; this is the one switch that
/// names them all.
enum ScreenDispatch {
    /// Keys the screen takes before the command registry (typing into a field or box).
    /// nil: not the screen's; the registry decides.
    static func input(_ state: inout AppState, _ key: Key) -> [Effect]? {
        switch state.screen {
        case .caseList: return CaseListScreen.input(&state, key)
        case .search: return SearchScreen.input(&state, key)
        case .referral: return ReferralScreen.input(&state, key)
        case .intake: return IntakeScreen.input(&state, key)
        case .home, .caseDetail, .followUps, .review, .reports: return nil
        }
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        switch state.screen {
        case .caseList: CaseListView.draw(state, into: &buffer)
        case .caseDetail: CaseDetailView.draw(state, into: &buffer)
        case .home: HomeView.draw(state, into: &buffer)
        case .followUps: FollowUpsView.draw(state, into: &buffer)
        case .search: SearchView.draw(state, into: &buffer)
        case .referral: ReferralView.draw(state, into: &buffer)
        case .review: ReviewView.draw(state, into: &buffer)
        case .reports: ReportsView.draw(state, into: &buffer)
        case .intake: IntakeView.draw(state, into: &buffer)
        }
    }

    /// The data may have changed (another terminal, or Ctrl-R): read what is visible again.
    static func refresh(_ state: inout AppState) -> [Effect] {
        switch state.screen {
        case .caseList: return CaseListScreen.refresh(&state)
        case .caseDetail: return CaseDetailScreen.refresh(&state)
        case .home: return HomeScreen.refresh(&state)
        case .followUps: return FollowUpsScreen.refresh(&state)
        case .search: return SearchScreen.refresh(&state)
        case .referral: return ReferralScreen.refresh(&state)
        case .review: return ReviewScreen.refresh(&state)
        case .reports: return ReportsScreen.refresh(&state)
        case .intake: return IntakeScreen.refresh(&state)
        }
    }

    static func resized(_ state: inout AppState, oldWidth: Int, oldHeight: Int) -> [Effect] {
        switch state.screen {
        case .caseList: return CaseListScreen.resized(&state, oldHeight: oldHeight)
        case .caseDetail: return CaseDetailScreen.resized(&state)
        case .home: return HomeScreen.resized(&state, oldHeight: oldHeight)
        case .followUps: return FollowUpsScreen.resized(&state, oldHeight: oldHeight)
        case .search: return SearchScreen.resized(&state)
        case .review: return ReviewScreen.resized(&state)
        case .reports, .referral, .intake: return []
        }
    }

    /// Esc on a screen that does not use it: the screen below, read again.
    static func back(_ state: inout AppState) -> [Effect] {
        guard let previous = state.history.popLast() else { return [] }
        state.screen = previous
        // Back on a case from its referral: what changed there was this person's own doing.
        if previous == .caseDetail { return CaseDetailScreen.returned(&state) }
        return refresh(&state)
    }
}

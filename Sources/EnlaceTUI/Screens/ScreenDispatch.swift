import Foundation
import EnlaceCore

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
        case .admin: return AdminScreen.input(&state, key)
        case .person: return PersonScreen.input(&state, key)
        case .home, .caseDetail, .followUps, .review, .reports, .importSheet: return nil
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
        case .admin: AdminView.draw(state, into: &buffer)
        case .person: PersonView.draw(state, into: &buffer)
        case .importSheet: ImportScreenView.draw(state, into: &buffer)
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
        case .admin: return AdminScreen.refresh(&state)
        case .person: return PersonScreen.refresh(&state)
        case .importSheet: return ImportScreen.refresh(&state)
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
        case .person: return PersonScreen.resized(&state)
        case .reports, .referral, .intake, .admin, .importSheet: return []
        }
    }

    /// Esc on a screen that does not use it: the screen below, read again.
    static func back(_ state: inout AppState) -> [Effect] {
        guard state.pop() else { return [] }
        // Back on a case from its referral: what changed there was this person's own doing.
        if state.screen == .caseDetail { return CaseDetailScreen.returned(&state) }
        return refresh(&state)
    }
}

// MARK: - keys handled inside screens

extension ScreenDispatch {
    /// The keys each screen's `input` takes itself, as its own input declares and dispatches
    /// them (help and `enlace keys` list these beside the registry's commands).
    static func keySections(_ id: ScreenID) -> [KeySection] {
        switch id {
        case .caseList:
            return [KeySection(.init(es: "Filtro (tras «/»)", en: "Filter (after “/”)"), CaseListScreen.filterKeys.help)]
        case .search:
            return [KeySection(.init(es: "Cuadro de búsqueda", en: "Search box"), SearchScreen.queryKeys.help)]
        case .referral:
            return [KeySection(.init(es: "Al elegir el tipo", en: "Choosing the kind"), ReferralScreen.kindKeys.help),
                    KeySection(.init(es: "Formulario de canalización", en: "Referral form"), ReferralScreen.formKeys.help)]
        case .intake:
            return [KeySection(.init(es: "Formulario de admisión", en: "Intake form"), IntakeScreen.keys.help),
                    KeySection(.init(es: "Posibles duplicados (panel)", en: "Possible duplicates (panel)"), IntakeScreen.panelKeys.help)]
        case .admin:
            return AdminScreen.keySections
        case .person:
            return [KeySection(.init(es: "Formulario de la persona", en: "Person form"), PersonScreen.formKeys.help),
                    KeySection(FamilyText.formSection.text, StaffTab.formKeys.help),
                    KeySection(PersonDocumentsTabText.formKeys.text, StaffTab.formKeys.help)]
        case .home, .caseDetail, .followUps, .review, .reports, .importSheet:
            return []
        }
    }

    /// The kinds of widget a screen's `input` hands keys to (their keys are listed once).
    static func widgets(_ id: ScreenID) -> [WidgetKind] {
        switch id {
        case .referral:
            let forms = ReferralKind.allCases.map {
                FormState(ReferralForm.fields(kind: $0, partners: [], draft: nil, timeZone: .current, now: Date())).widgetKinds
            }
            return [.list] + WidgetKind.allCases.filter { kind in forms.contains { $0.contains(kind) } }
        case .intake:
            return IntakeFields.newForm().widgetKinds
        case .admin:
            return StaffForm.newAccount().form.widgetKinds
        case .person:
            return PersonForm.make().widgetKinds
        case .home, .caseList, .search, .caseDetail, .followUps, .review, .reports, .importSheet:
            return []
        }
    }

    /// The widget the next key goes to: an open dialog's, or the focused field of a form.
    static func focusedWidget(_ state: AppState) -> WidgetKind? {
        if case .dialog(let dialog) = state.overlay { return DialogKeys.widget(dialog.kind) }
        switch state.screen {
        case .intake:
            guard let intake = state.intake, !intake.panelFocused else { return nil }
            return intake.form.focusedKind
        case .referral:
            switch state.referral.mode {
            case .choosingKind: return .list
            case .form: return state.referral.form.focusedKind
            case .view: return nil
            }
        case .admin:
            return AdminScreen.focusedWidget(state)
        case .person:
            return state.person?.form?.focusedKind ?? state.person?.family.form?.form.focusedKind
                ?? state.person?.documentsTab.form?.form.focusedKind
        case .home, .caseList, .search, .caseDetail, .followUps, .review, .reports, .importSheet:
            return nil
        }
    }
}

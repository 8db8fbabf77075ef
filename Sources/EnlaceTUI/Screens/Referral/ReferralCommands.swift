import EnlaceCore

extension CommandID {
    static let referralSave = CommandID("referral.save")
    static let referralSend = CommandID("referral.send")
    static let referralPickPartner = CommandID("referral.pickPartner")
    static let referralEdit = CommandID("referral.edit")
    static let referralAccept = CommandID("referral.accept")
    static let referralDecline = CommandID("referral.decline")
    static let referralSchedule = CommandID("referral.schedule")
    static let referralReschedule = CommandID("referral.reschedule")
    static let referralComplete = CommandID("referral.complete")
    static let referralNoShow = CommandID("referral.noShow")
    static let referralCancel = CommandID("referral.cancel")
    static let referralSlip = CommandID("referral.slip")
    static let referralToggleDocument = CommandID("referral.toggleDocument")
}

/// The referral screen's commands. In the form, typing goes to the fields (the screen's
/// `input`); Ctrl-S, Ctrl-G and Ctrl-O reach these commands. In the view of a sent referral,
/// one letter runs each workflow step; a step the workflow does not allow says why.
enum ReferralCommands {
    typealias S = ReferralScreenText

    static func needsForm(_ state: AppState) -> LocalizedText? {
        state.screen == .referral && state.referral.mode == .form ? nil : S.onlyInForm.text
    }

    static func needsView(_ state: AppState) -> LocalizedText? {
        guard state.referral.mode == .view, state.referral.referral != nil else {
            return state.referral.mode == .form ? S.onlyAfterSaving.text : S.noReferralYet.text
        }
        return nil
    }

    /// Why `event` cannot run now: the workflow's refusal, or the state it cannot leave by it.
    static func refusal(_ event: ReferralEvent) -> @Sendable (AppState) -> LocalizedText? {
        { state in
            if let reason = needsView(state) { return reason }
            guard let referral = state.referral.referral else { return S.noReferralYet.text }
            guard let action = state.referral.action(event) else {
                return S.notFromStatus.text.filling(["status": referral.status.label.text])
            }
            return action.refusal
        }
    }

    static func step(_ id: CommandID, _ event: ReferralEvent, key: Character, label: LocalizedText, help: LocalizedText,
                     perform: @escaping CommandAction) -> Command {
        Command(id, keys: [.char(key)], label: label, help: help, scopes: [.referral], inFooter: false,
                disabledReason: refusal(event), perform: perform)
    }

    static let all: [Command] = [
        Command(.referralSave, keys: [.ctrl("s")], label: S.cmdSave.text, help: S.cmdSaveHelp.text,
                scopes: [.referral], inFooter: false, disabledReason: needsForm) { state in
            ReferralScreen.save(&state, thenSend: false)
        },
        Command(.referralSend, keys: [.ctrl("g")], label: S.cmdSend.text, help: S.cmdSendHelp.text,
                scopes: [.referral], inFooter: false, disabledReason: { state in
                    if state.referral.mode == .form { return nil }
                    return refusal(.send)(state)
                }, perform: ReferralScreen.send),
        Command(.referralPickPartner, keys: [.ctrl("o")], label: S.cmdPickPartner.text, help: S.cmdPickPartnerHelp.text,
                scopes: [.referral], inFooter: false, disabledReason: { state in
                    if let reason = needsForm(state) { return reason }
                    return state.referral.partners.isEmpty ? S.noPartners.text : nil
                }, perform: ReferralScreen.pickPartner),
        Command(.referralEdit, keys: [.char("e")], label: S.cmdEdit.text, help: S.cmdEditHelp.text,
                scopes: [.referral], disabledReason: { state in
                    if let reason = needsView(state) { return reason }
                    return state.referral.referral?.status == .draft ? nil : S.onlyDrafts.text
                }, perform: ReferralScreen.editDraft),
        step(.referralAccept, .accept, key: "a", label: S.cmdAccept.text, help: S.cmdAcceptHelp.text,
             perform: ReferralScreen.accept),
        step(.referralDecline, .decline, key: "d", label: S.cmdDecline.text, help: S.cmdDeclineHelp.text,
             perform: ReferralScreen.decline),
        step(.referralSchedule, .schedule, key: "c", label: S.cmdSchedule.text, help: S.cmdScheduleHelp.text,
             perform: ReferralScreen.schedule),
        step(.referralReschedule, .reschedule, key: "m", label: S.cmdReschedule.text, help: S.cmdRescheduleHelp.text,
             perform: ReferralScreen.reschedule),
        step(.referralComplete, .complete, key: "t", label: S.cmdComplete.text, help: S.cmdCompleteHelp.text,
             perform: ReferralScreen.complete),
        step(.referralNoShow, .markNoShow, key: "n", label: S.cmdNoShow.text, help: S.cmdNoShowHelp.text,
             perform: ReferralScreen.noShow),
        step(.referralCancel, .cancel, key: "x", label: S.cmdCancel.text, help: S.cmdCancelHelp.text,
             perform: ReferralScreen.cancel),
        Command(.referralSlip, keys: [.char("i")], label: S.cmdSlip.text, help: S.cmdSlipHelp.text,
                scopes: [.referral], inFooter: false, disabledReason: needsView, perform: ReferralScreen.writeSlip),
        Command(.referralToggleDocument, keys: [.char(" ")], label: S.cmdToggle.text, help: S.cmdToggleHelp.text,
                scopes: [.referral], disabledReason: { state in
                    if let reason = needsView(state) { return reason }
                    return (state.referral.referral?.checklist.isEmpty ?? true) ? S.noDocuments.text : nil
                }, perform: ReferralScreen.toggleDocument),
    ] + ListCommands.make(.referral, moves: ListMove.stepsAndPages, help: [
        .up: S.cmdUpHelp.text, .down: S.cmdDownHelp.text, .pageUp: S.cmdPageUpHelp.text, .pageDown: S.cmdPageDownHelp.text,
    ], disabledReason: needsView) { move in
        { state in
            let page = ReferralView.bodyRows(height: state.height)
            switch move {
            case .up, .down: return ReferralScreen.moveDocument(&state, by: move == .up ? -1 : 1)
            default: return ReferralScreen.scroll(&state, by: move == .pageUp ? -page : page)
            }
        }
    }
}

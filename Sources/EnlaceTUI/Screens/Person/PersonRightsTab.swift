import Foundation
import EnlaceCore
import EnlaceStore

extension CommandID {
    static let personRightsAdd = CommandID("person.rights.add")
    static let personRightsAnswer = CommandID("person.rights.answer")
    static let personRightsShare = CommandID("person.rights.share")
    static let personRightsChannels = CommandID("person.rights.channels")
    static let personRightsHold = CommandID("person.rights.hold")
    static let personRightsErase = CommandID("person.rights.erase")
}

/// The "Derechos / Rights" tab: the person's ARCO requests (a cursor over them), opposition,
/// legal hold, erasure. Each action asks in dialogs, then makes one store call and reads the
/// person again.
enum PersonRightsTab {
    typealias T = PersonRightsTabText

    /// Disabled off the tab, for anyone but supervisors, and on an erased record.
    static func refusal(_ state: AppState) -> LocalizedText? {
        if let off = PersonCommands.only(.rights)(state) { return off }
        if !state.user.has(.supervisor) { return T.onlySupervisors.text }
        guard let file = state.person?.file else { return PersonScreenText.notLoaded.text }
        if file.rights.erasedAt != nil { return DataRightsText.erasedRecordReadOnly.text }
        return nil
    }

    static func selected(_ state: AppState) -> DataRequest? {
        guard let person = state.person, let requests = person.file?.rights.requests,
              requests.indices.contains(person.rightsCursor.selected) else { return nil }
        return requests[person.rightsCursor.selected]
    }

    static let commands: [Command] = [
        Command(.personRightsAdd, keys: [.char("a")], label: T.addLabel.text, help: T.addHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.rights),
                disabledReason: refusal, perform: add),
        Command(.personRightsAnswer, keys: [.char("r")], label: T.answerLabel.text, help: T.answerHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.rights),
                disabledReason: { state in
                    refusal(state) ?? (selected(state) == nil ? T.noRequestSelected.text
                                       : selected(state)?.isPending == false ? T.requestNotPending.text : nil)
                }, perform: answer),
        Command(.personRightsShare, keys: [.char("o")], label: T.shareLabel.text, help: T.shareHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.rights),
                disabledReason: refusal, perform: toggleShare),
        Command(.personRightsChannels, keys: [.char("c")], label: T.channelsLabel.text, help: T.channelsHelp.text,
                scopes: [.person], shownWhen: PersonCommands.shown(.rights),
                disabledReason: refusal, perform: channels),
        Command(.personRightsHold, keys: [.char("h")], label: T.holdLabel.text, help: T.holdHelp.text,
                scopes: [.person], shownWhen: PersonCommands.shown(.rights),
                disabledReason: refusal, perform: hold),
        Command(.personRightsErase, keys: [.char("b")], label: T.eraseLabel.text, help: T.eraseHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.rights),
                disabledReason: { state in
                    refusal(state) ?? (selected(state).map { $0.kind == .cancellation && $0.isPending } == true
                                       ? nil : T.eraseNeedsRequest.text)
                }, perform: erase),
    ]

    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        guard var person = state.person else { return [] }
        person.rightsCursor.apply(move, count: person.file?.rights.requests.count ?? 0,
                                  page: PersonRightsView.listRows(state.height))
        state.person = person
        return []
    }

    // MARK: - Actions

    /// One store call for the person on screen, then the person read again and `done` said.
    static func call(_ name: String, done: @escaping @Sendable (LocalizedText?) -> LocalizedText? = { $0 },
                     _ work: @escaping @Sendable (DeskContext, Int64) throws -> LocalizedText?) -> (inout AppState) -> [Effect] {
        { state in
            guard let personId = state.person?.personId else { return [] }
            return [.run("person.rights.\(name)") { ctx in
                let said = done(try work(ctx, personId))
                return StateChange { state in
                    if let said { state.say(said, .success) }
                    return state.person?.personId == personId ? [PersonScreen.load(personId)] : []
                }
            }]
        }
    }

    static func add(_ state: inout AppState) -> [Effect] {
        let kinds = CaseDetailScreen.options(DataRequestKind.allCases) { $0.label.text }
        state.overlay = .dialog(DialogState(title: T.kindTitle.text, kind: CaseDetailScreen.choice(kinds, selected: nil)) { state, answer in
            guard case .choice(let k) = answer, let kind = DataRequestKind(rawValue: k.id) else { return [] }
            let who = CaseDetailScreen.options(DataRequester.allCases) { $0.label.text }
            state.overlay = .dialog(DialogState(title: T.requesterTitle.text, kind: CaseDetailScreen.choice(who, selected: nil)) { state, answer in
                guard case .choice(let w) = answer, let requester = DataRequester(rawValue: w.id) else { return [] }
                if requester == .representative {
                    state.overlay = .dialog(DialogState(title: T.representativeTitle.text, kind: .text(TextField("", maxLength: 200)),
                                                        requiredProblem: DataRightsText.representativeRequired.text) { state, answer in
                        guard case .text(let name) = answer else { return [] }
                        askChannel(&state, kind, requester, name)
                        return []
                    })
                } else {
                    askChannel(&state, kind, requester, nil)
                }
                return []
            })
            return []
        })
        return []
    }

    static func askChannel(_ state: inout AppState, _ kind: DataRequestKind, _ requester: DataRequester, _ representative: String?) {
        let channels = CaseDetailScreen.options(DataRequestChannel.allCases) { $0.label.text }
        state.overlay = .dialog(DialogState(title: T.channelTitle.text, kind: CaseDetailScreen.choice(channels, selected: nil)) { state, answer in
            guard case .choice(let c) = answer, let channel = DataRequestChannel(rawValue: c.id) else { return [] }
            let days = String(state.person?.file?.rights.requestDays ?? DataRequest.defaultDays)
            state.overlay = .dialog(DialogState(title: T.askedTitle.text, message: T.askedMessage.text.filling(["n": .plain(days)]),
                                                kind: .text(TextField("", maxLength: 2000)),
                                                requiredProblem: DataRightsText.askedRequired.text) { state, answer in
                guard case .text(let asked) = answer else { return [] }
                return call("add") { ctx, personId in
                    let r = try ctx.desk.recordDataRequest(DataRequestInput(
                        personId: personId, kind: kind, requester: requester, representative: representative,
                        channel: channel, asked: asked), by: ctx.user)
                    return T.recorded.text.filling(["id": .plain(String(r.id)), "due": .plain(r.dueOn.iso)])
                }(&state)
            })
            return []
        })
    }

    static func answer(_ state: inout AppState) -> [Effect] {
        guard let request = selected(state) else { return [] }
        let outcomes = CaseDetailScreen.options(DataRequestOutcome.allCases) { $0.label.text }
        state.overlay = .dialog(DialogState(title: T.outcomeTitle.text, kind: CaseDetailScreen.choice(outcomes, selected: nil)) { state, answer in
            guard case .choice(let o) = answer, let outcome = DataRequestOutcome(rawValue: o.id) else { return [] }
            state.overlay = .dialog(DialogState(title: T.answerTitle.text, message: T.answerMessage.text,
                                                kind: .text(TextField("", maxLength: 2000))) { state, answer in
                guard case .text(let text) = answer else { return [] }
                let today = PersonScreen.today(state)
                return call("answer") { ctx, _ in
                    let r = try ctx.desk.answerDataRequest(id: request.id, outcome: outcome, answer: text, by: ctx.user)
                    return T.answered.text.filling(["id": .plain(String(r.id)), "standing": r.standing(on: today)])
                }(&state)
            })
            return []
        })
        return []
    }

    static func toggleShare(_ state: inout AppState) -> [Effect] {
        guard var opposition = state.person?.file?.rights.opposition else { return [] }
        opposition.noShare.toggle()
        let chosen = opposition
        return call("share") { ctx, personId in
            _ = try ctx.desk.setOpposition(personId: personId, chosen, by: ctx.user)
            return T.oppositionSaved.text
        }(&state)
    }

    static func channels(_ state: inout AppState) -> [Effect] {
        askChannels(&state, typed: nil, problem: nil)
        return []
    }

    static func askChannels(_ state: inout AppState, typed: String?, problem: LocalizedText?) {
        guard let opposition = state.person?.file?.rights.opposition else { return }
        let current = typed ?? opposition.blockedChannels.map { $0.label(state.language).lowercased() }.joined(separator: ", ")
        var dialog = DialogState(title: T.channelsTitle.text, message: T.channelsMessage.text,
                                 kind: .text(TextField(current, maxLength: 200))) { state, answer in
            guard case .text(let text) = answer else { return [] }
            switch DataOpposition.parseChannels(text) {
            case .failure(let unknown):
                askChannels(&state, typed: text, problem: T.badChannel.text.filling(["word": .plain(unknown.word)]))
                return []
            case .success(let channels):
                var chosen = opposition
                chosen.noContact = channels
                let value = chosen
                return call("channels") { ctx, personId in
                    _ = try ctx.desk.setOpposition(personId: personId, value, by: ctx.user)
                    return T.oppositionSaved.text
                }(&state)
            }
        }
        dialog.problem = problem
        state.overlay = .dialog(dialog)
    }

    static func hold(_ state: inout AppState) -> [Effect] {
        let current = state.person?.file?.rights.hold?.reason ?? ""
        state.overlay = .dialog(DialogState(title: T.holdTitle.text, message: T.holdMessage.text,
                                            kind: .text(TextField(current, maxLength: 2000))) { state, answer in
            guard case .text(let text) = answer else { return [] }
            let reason = text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
            return call("hold") { ctx, personId in
                _ = try ctx.desk.setLegalHold(personId: personId, reason: reason, by: ctx.user)
                return reason == nil ? T.holdCleared.text : T.holdSaved.text
            }(&state)
        })
        return []
    }

    /// Names what will be destroyed and asks for the person's name, typed as it shows.
    static func erase(_ state: inout AppState) -> [Effect] {
        guard let request = selected(state), let name = state.person?.file?.record.name.fullName else { return [] }
        let words: [String: LocalizedText] = ["name": .plain(name)]
        state.overlay = .dialog(DialogState(title: T.eraseTitle.text.filling(words), message: T.eraseMessage.text.filling(words),
                                            kind: .text(TextField("", maxLength: 300))) { state, answer in
            guard case .text(let typed) = answer else { return [] }
            guard NameFolding.searchForm(typed) == NameFolding.searchForm(name), !typed.isEmpty else {
                state.say(T.eraseMismatch.text, .warning)
                return []
            }
            return call("erase") { ctx, personId in
                _ = try ctx.desk.erasePerson(id: personId, request: request.id, by: ctx.user)
                return T.erased.text
            }(&state)
        })
        return []
    }
}

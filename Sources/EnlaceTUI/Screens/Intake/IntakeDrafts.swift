import Foundation
import EnlaceCore
import EnlaceStore

/// What an intake draft keeps: every field as typed, where the focus was, the person chosen
/// and the ones set aside. JSON in the store's `drafts` table (one per user).
struct IntakeDraftPayload: Codable, Equatable {
    var values: [String: String]
    var focus: String?
    var chosen: IntakeCandidate?
    var dismissed: [IntakeCandidate]

    init(_ intake: IntakeState) {
        var values: [String: String] = [:]
        for field in intake.form.fields where !field.value.isEmpty {
            if case .check(false) = field.input { continue }
            values[field.id] = field.value
        }
        self.values = values
        focus = intake.form.focusedID
        chosen = intake.chosen
        dismissed = intake.dismissed
    }

    /// The intake with these values back in a new form.
    func restore() -> IntakeState {
        var intake = IntakeState()
        for (i, field) in intake.form.fields.enumerated() {
            guard let value = values[field.id] else { continue }
            switch field.input {
            case .text, .area: intake.form.setText(field.id, value)
            case .choice(var c):
                c.select(id: value)
                intake.form.fields[i].input = .choice(c)
            case .check: intake.form.fields[i].input = .check(value == "1")
            }
        }
        intake.dismissed = dismissed
        if let chosen {
            intake.chosen = chosen
            for id in IntakeFields.personFields {
                if let i = intake.form.index(of: id) { intake.form.fields[i].readOnly = true }
            }
        }
        if let focus, let i = intake.form.index(of: focus), !intake.form.fields[i].readOnly {
            intake.form.focus = i
        } else if chosen != nil {
            intake.form.focus("area")
        }
        intake.form.dirty = true
        return intake
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    static func decode(_ json: String) -> IntakeDraftPayload? {
        try? JSONDecoder().decode(IntakeDraftPayload.self, from: Data(json.utf8))
    }

    /// A name to recognise the draft by ("José Ángel Muñoz", or "—").
    var name: String {
        if let chosen { return chosen.listName }
        let name = [values["givenNames"], values["firstSurname"], values["secondSurname"]].compactMap { $0 }
            .joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? "—" : name
    }
}

/// Keeping, offering and deleting the intake draft.
enum IntakeDrafts {
    static let kind = "intake"

    /// Keeps the draft when it is behind what is typed (a field left, an idle moment, Esc,
    /// quitting, a dropped connection).
    static func saveIfBehind(_ state: AppState) -> [Effect] {
        guard let intake = state.intake, intake.draftBehind else { return [] }
        let payload = IntakeDraftPayload(intake).json
        let edits = intake.edits
        return [.run("intake.draft") { ctx in
            try ctx.desk.saveDraft(kind: kind, payload: payload, by: ctx.user)
            return StateChange { state in
                if state.intake != nil {
                    state.intake?.draftSavedEdits = edits
                    state.intake?.draftSavedAt = state.now
                }
                return []
            }
        }]
    }

    /// The idle tick: keeps the draft when behind.
    static func idle(_ state: inout AppState) -> [Effect] {
        saveIfBehind(state)
    }

    static func delete() -> Effect {
        .run("intake.draft.delete") { ctx in
            try ctx.desk.deleteDraft(kind: kind, by: ctx.user)
            return .none
        }
    }

    /// A new intake opened with F2: the kept draft, if any, fills it.
    static func loadIntoForm() -> Effect {
        .run("intake.draft.load") { ctx in
            guard let saved = try ctx.desk.draft(kind: kind, by: ctx.user) else { return .none }
            let payload = IntakeDraftPayload.decode(saved.payload)
            return StateChange { state in
                guard let payload else {
                    state.say(IntakeText.draftUnreadable.text, .warning)
                    return []
                }
                guard let current = state.intake, !current.form.dirty else { return [] }
                resume(&state, payload, at: saved.updatedAt)
                return IntakeScreen.lookUpDuplicates(&state)
            }
        }
    }

    /// At start (after sign-in): when the person left an intake unfinished, a question offers
    /// it back. "No" keeps the draft: F2 brings it back later, Alt-X in the intake clears it.
    static func offerAtStart() -> Effect {
        .run("intake.draft.offer", failure: { _ in .none }) { ctx in
            guard let saved = try ctx.desk.draft(kind: kind, by: ctx.user),
                  let payload = IntakeDraftPayload.decode(saved.payload) else { return .none }
            return StateChange { state in
                guard state.intake == nil else { return [] }
                let date = DateInput.words(CalendarDate(saved.updatedAt, timeZone: state.timeZone), state.language)
                let time = Chrome.clock(saved.updatedAt, state.timeZone)
                let message = IntakeText.fill(.resumeQuestion, ["name": payload.name, "date": date, "time": time])
                state.overlay = .dialog(DialogState(title: IntakeText.resumeTitle.text, message: message, kind: .confirm) { state, _ in
                    state.push(.intake)
                    resume(&state, payload, at: saved.updatedAt)
                    return IntakeScreen.lookUpDuplicates(&state)
                })
                return []
            }
        }
    }

    static func resume(_ state: inout AppState, _ payload: IntakeDraftPayload, at: Date) {
        var intake = payload.restore()
        let today = IntakeScreen.today(state)
        for field in intake.form.fields.map(\.id) where !payload.values[field, default: ""].isEmpty {
            IntakeFields.interpret(field, &intake.form, today: today)
        }
        intake.draftSavedAt = at
        state.intake = intake
        state.say(IntakeText.resumed.text, .success)
    }
}

extension AppRuntime {
    /// Keeps unsaved drafts now: the terminal calls it before it returns (quit, end of input,
    /// SIGHUP when the connection dropped, SIGTERM).
    public func saveDrafts() {
        send(.changed(StateChange { state in IntakeDrafts.saveIfBehind(state) }))
    }
}

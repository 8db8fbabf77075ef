import EnlaceCore
import EnlaceStore

extension CommandID {
    static let personFromCase = CommandID("caseDetail.person")
    static let personFromSearch = CommandID("search.person")
    static let personEdit = CommandID("person.edit")
    static let personSave = CommandID("person.save")
    static let personOpenCase = CommandID("person.openCase")
    static let personNotSame = CommandID("person.notSame")
    static let personLink = CommandID("person.link")
    static let personExport = CommandID("person.export")
}

enum PersonCommands {
    static let editing: @Sendable (AppState) -> LocalizedText? = { state in
        state.person?.form != nil ? PersonScreenText.editing.text : nil
    }

    static let all: [Command] = [
        Command(.personFromCase, keys: [.char("f")],
                label: .init(es: "Ficha de la persona", en: "Person's record"),
                help: .init(es: "Abre los datos completos de la persona del caso, para verlos o corregirlos.",
                            en: "Opens the whole record of the case's person, to see or correct it."),
                scopes: [.caseDetail],
                disabledReason: { state in state.caseDetail?.header == nil ? CaseDetailText.loading.text : nil }) { state in
            guard let personId = state.caseDetail?.header?.personId else { return [] }
            return ScreenDispatch.open(&state, .person(personId: personId))
        },
        Command(.personFromSearch, keys: [.alt("p")],
                label: .init(es: "Ficha de la persona", en: "Person's record"),
                help: .init(es: "Abre los datos completos de la persona del resultado elegido (Enter abre su caso).",
                            en: "Opens the whole record of the selected result's person (Enter opens their case)."),
                scopes: [.search],
                disabledReason: { state in
                    personOfSearch(state) == nil ? .init(es: "No hay resultado elegido.", en: "No result is selected.") : nil
                }) { state in
            guard let personId = personOfSearch(state) else { return [] }
            return ScreenDispatch.open(&state, .person(personId: personId))
        },
        Command(.personEdit, keys: [.char("e")],
                label: .init(es: "Corregir", en: "Correct"),
                help: .init(es: "Abre el formulario con los datos de la persona, con las revisiones del registro; Ctrl-S guarda.",
                            en: "Opens the form with the person's record and the intake's checks; Ctrl-S saves."),
                scopes: [.person], inFooter: true, shownWhen: shown(.record),
                disabledReason: { state in
                    state.person?.file == nil ? PersonScreenText.notLoaded.text : only(.record)(state)
                }, perform: PersonScreen.edit),
        Command(.personSave, keys: [.ctrl("s")],
                label: .init(es: "Guardar", en: "Save"),
                help: .init(es: "Guarda la corrección (con versión: si otra terminal la cambió, lo escrito se conserva).",
                            en: "Saves the correction (versioned: if another terminal changed it, what was typed is kept)."),
                scopes: [.person], inFooter: true, shownWhen: { $0.person?.form != nil },
                disabledReason: { state in
                    state.person?.form == nil ? .init(es: "Primero abra la corrección con «e».", en: "First open the correction with “e”.") : nil
                }, perform: PersonScreen.save),
        Command(.personOpenCase, keys: [.enter],
                label: .init(es: "Abrir caso", en: "Open case"),
                help: .init(es: "Abre el caso elegido de la persona.", en: "Opens the person's selected case."),
                scopes: [.person], inFooter: true, shownWhen: shown(.record),
                disabledReason: { state in only(.record)(state) ?? (state.person?.selectedCase == nil ? PersonScreenText.notACase.text : nil) }) { state in
            guard let id = state.person?.selectedCase?.id else { return [] }
            return ScreenDispatch.open(&state, .caseDetail(caseId: id))
        },
        Command(.personNotSame, keys: [.char("n")],
                label: .init(es: "No es la misma persona", en: "Not the same person"),
                help: .init(es: "Anota que el posible duplicado elegido es otra persona; no se volverá a ofrecer.",
                            en: "Records that the selected possible duplicate is someone else; it is not offered again."),
                scopes: [.person],
                disabledReason: { state in only(.record)(state) ?? (state.person?.selectedDuplicate == nil ? PersonScreenText.notADuplicate.text : nil) },
                perform: PersonScreen.notSame),
        Command(.personLink, keys: [.char("l")],
                label: .init(es: "Vincular duplicado", en: "Link duplicate"),
                help: .init(es: "Supervisión: vincula el posible duplicado elegido a esta persona (se puede deshacer).",
                            en: "Supervisor: links the selected possible duplicate to this person (can be undone)."),
                scopes: [.person],
                disabledReason: { state in
                    if !state.user.has(.supervisor) { return PersonScreenText.onlySupervisors.text }
                    return only(.record)(state) ?? (state.person?.selectedDuplicate == nil ? PersonScreenText.notADuplicate.text : nil)
                }, perform: PersonScreen.link),
        Command(.personExport, keys: [.char("x")],
                label: .init(es: "Archivo para la persona", en: "File for the person"),
                help: .init(es: "Supervisión: escribe, para la persona, todo lo que se guarda sobre ella (derecho de acceso), en español e inglés; queda en la bitácora.",
                            en: "Supervisor: writes, for the person, everything held about them (right of access), in Spanish and English; audited."),
                scopes: [.person],
                disabledReason: { state in
                    if !state.user.has(.supervisor) { return PersonScreenText.onlySupervisors.text }
                    return state.person?.file == nil ? PersonScreenText.notLoaded.text : editing(state)
                }, perform: PersonScreen.exportFile),
    ] + PersonDocumentsTabCommands.all + tabs + PersonRightsTab.commands + PersonAccessTab.commands + ListCommands.make(.person, disabledReason: editing) { move in
        { state in PersonScreen.move(&state, move) }
    }

    /// The person of the search result chosen (a person line or one of their cases).
    static func personOfSearch(_ state: AppState) -> Int64? {
        let search = state.search
        switch search.selectedRow {
        case .person(let hit)?, .caseNumber(let hit, _, _)?:
            return search.hits.indices.contains(hit) ? search.hits[hit].personId : nil
        case nil: return nil
        }
    }
}

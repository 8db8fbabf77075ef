import EnlaceCore

extension CommandID {
    static let intakeOpen = CommandID("intake.open")
    static let intakeSave = CommandID("intake.save")
    static let intakeCandidates = CommandID("intake.candidates")
    static let intakeChoose = CommandID("intake.choose")
    static let intakeNotSame = CommandID("intake.notSame")
    static let intakeUndoChoice = CommandID("intake.undoChoice")
    static let intakeDiscard = CommandID("intake.discard")
    static let eventMode = CommandID("event.mode")
}

enum IntakeCommands {
    static let noCandidates: @Sendable (AppState) -> LocalizedText? = { state in
        state.intake?.candidates.isEmpty == false && state.intake?.chosen == nil ? nil : IntakeText.noCandidates.text
    }

    static let all: [Command] = [
        Command(.intakeOpen, keys: [.function(2), .ctrl("n")],
                label: .init(es: "Registrar", en: "Intake"),
                help: .init(es: "Registra a una persona y abre su caso (retoma el registro sin terminar, si hay uno).",
                             en: "Registers a person and opens their case (resumes the unfinished intake, if any)."),
                scopes: [.global], inFooter: true) { state in
            ScreenDispatch.open(&state, .intake)
        },
        Command(.eventMode, keys: [.alt("e")],
                label: .init(es: "Modo evento", en: "Event mode"),
                help: .init(es: "En una jornada o taller: elige el evento y registra con el formulario rápido; cada registro queda en el evento. Otra vez, sale del modo evento.",
                             en: "At a community day or workshop: choose the event and register with the quick form; each intake is tagged with the event. Again, leaves event mode."),
                scopes: [.global], perform: EventMode.choose),
        Command(.intakeSave, keys: [.ctrl("s")],
                label: .init(es: "Guardar", en: "Save"),
                help: .init(es: "Guarda el registro y abre el caso nuevo; los problemas se muestran en cada campo.",
                             en: "Saves the intake and opens the new case; problems show at each field."),
                scopes: [.intake], inFooter: true, perform: IntakeScreen.save),
        Command(.intakeCandidates, keys: [.alt("d"), .ctrl("g")],
                label: .init(es: "Duplicados", en: "Duplicates"),
                help: .init(es: "Pasa a la lista de posibles duplicados (Esc vuelve al formulario).",
                             en: "Moves to the list of possible duplicates (Esc returns to the form)."),
                scopes: [.intake], inFooter: true, disabledReason: noCandidates, perform: IntakeScreen.focusCandidates),
        Command(.intakeChoose, keys: [.enter],
                label: .init(es: "Es esta persona", en: "This is the person"),
                help: .init(es: "En la lista de posibles duplicados: abre un caso nuevo para la persona elegida en vez de registrarla otra vez.",
                             en: "In the list of possible duplicates: opens a new case for the chosen person instead of registering them again."),
                scopes: [.intake],
                disabledReason: { state in
                    state.intake?.panelFocused == true ? nil
                        : .init(es: "Primero pase a la lista de posibles duplicados con Alt-D.", en: "First move to the list of possible duplicates with Alt-D.")
                }, perform: IntakeScreen.choose),
        Command(.intakeNotSame, keys: [.alt("n")],
                label: .init(es: "No es la misma persona", en: "Not the same person"),
                help: .init(es: "Quita de la lista al posible duplicado elegido (también «n» en la lista); se recuerda al guardar.",
                             en: "Removes the selected possible duplicate from the list (also “n” in the list); remembered when saved."),
                scopes: [.intake], disabledReason: noCandidates, perform: IntakeScreen.notSamePerson),
        Command(.intakeUndoChoice, keys: [.alt("u")],
                label: .init(es: "Registrar persona nueva", en: "Register a new person"),
                help: .init(es: "Deshace «es esta persona»: vuelve a registrar a una persona nueva con lo escrito.",
                             en: "Undoes “this is the person”: registers a new person with what was typed."),
                scopes: [.intake],
                disabledReason: { state in state.intake?.chosen == nil ? IntakeText.notChosen.text : nil },
                perform: IntakeScreen.undoChoice),
        Command(.intakeDiscard, keys: [.alt("x")],
                label: .init(es: "Borrar formulario", en: "Clear form"),
                help: .init(es: "Borra todo lo escrito en el registro y su borrador (pregunta antes).",
                             en: "Clears everything typed in the intake and its draft (asks first)."),
                scopes: [.intake],
                disabledReason: { state in state.intake?.form.dirty == true ? nil : IntakeText.nothingToDiscard.text },
                perform: IntakeScreen.discard),
    ]
}

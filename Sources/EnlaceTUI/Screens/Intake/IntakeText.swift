import EnlaceCore

/// Every text of the intake screen, in Spanish ("usted") and English.
public enum IntakeText: String, MessageCatalog {
    case title, titleChosen
    case birthDateHint, ageHint, phoneHint, whatsApp, whatsAppHint, otherPhone, usStateHint
    case area, need, consent, consentShare, consentContact, consentReports
    case ageMeans, ageProblem, bornAbroad, areaRequired, consentRequired
    case draftSaved, keysHint, ambiguousDate, curpSays
    case candidatesTitle, candidatesStrip, candidateStrip, candidatesStripFocused, bornOn, birthUnknown, panelHint, panelHintShort
    case chosenBanner, chosenUndoHint
    case saved, savedWithWarnings, saveProblems, saving, takenByYou
    case leaveTitle, leaveQuestion
    case resumeTitle, resumeQuestion, resumed, draftUnreadable
    case discardTitle, discardQuestion, discarded
    case notSameDone, noCandidates, notChosen, nothingToDiscard, chosenUndone, volunteerNotSame

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Registro: persona y caso nuevo", en: "Intake: person and new case")
        case .titleChosen: return .init(es: "Registro: caso nuevo para una persona registrada", en: "Intake: new case for a registered person")
        case .birthDateHint: return .init(es: "día/mes/año, p. ej. 12/03/1985", en: "day/month/year, e.g. 12/03/1985")
        case .ageHint: return .init(es: "si no sabe la fecha", en: "if the date is not known")
        case .phoneHint: return .init(es: "EE. UU. o México (+52)", en: "US or Mexico (+52)")
        case .whatsApp: return .init(es: "WhatsApp", en: "WhatsApp")
        case .whatsAppHint: return .init(es: "usa WhatsApp en ese número (Espacio marca)", en: "uses WhatsApp on that number (Space ticks)")
        case .otherPhone: return .init(es: "Otro teléfono", en: "Other phone")
        case .usStateHint: return .init(es: "dos letras, p. ej. IL", en: "two letters, e.g. IL")
        case .area: return .init(es: "Área del servicio", en: "Service area")
        case .need: return .init(es: "Qué necesita", en: "What is needed")
        case .consent: return .init(es: "Aviso de privacidad", en: "Privacy notice")
        case .consentShare: return .init(es: "Compartir", en: "Share")
        case .consentContact: return .init(es: "Contactar", en: "Contact")
        case .consentReports: return .init(es: "Informes", en: "Reports")
        case .ageMeans: return .init(es: "Nació hacia {year}.", en: "Born around {year}.")
        case .ageProblem: return .init(es: "Escriba la edad en años, de 0 a {max}.", en: "Type the age in years, from 0 to {max}.")
        case .bornAbroad: return .init(es: "nació fuera de México", en: "born outside Mexico")
        case .areaRequired: return .init(es: "Elija el área del servicio que necesita.", en: "Choose the service area needed.")
        case .consentRequired:
            return .init(es: "Lea el aviso de privacidad y elija cómo lo aceptó (verbal o por escrito).",
                         en: "Read the privacy notice and choose how it was accepted (verbal or written).")
        case .draftSaved: return .init(es: "Borrador guardado {time}", en: "Draft kept {time}")
        case .ambiguousDate: return .init(es: "{date} · ¿o {other}?", en: "{date} · or {other}?")
        case .curpSays: return .init(es: "No coincide: la CURP dice {what}", en: "Does not match: the CURP says {what}")
        case .keysHint: return .init(es: "Ctrl-S guarda · Esc sale", en: "Ctrl-S saves · Esc leaves")
        case .candidatesTitle: return .init(es: "Posibles duplicados ({n})", en: "Possible duplicates ({n})")
        case .candidatesStrip: return .init(es: "{n} posibles duplicados — Alt-D para ver", en: "{n} possible duplicates — Alt-D to see")
        case .candidateStrip: return .init(es: "1 posible duplicado — Alt-D para ver", en: "1 possible duplicate — Alt-D to see")
        case .candidatesStripFocused:
            return .init(es: "Enter: es esta persona · n: no es la misma · Esc: volver al formulario",
                         en: "Enter: this is the person · n: not the same · Esc: back to the form")
        case .bornOn: return .init(es: "nació el {date}", en: "born {date}")
        case .birthUnknown: return .init(es: "fecha de nacimiento desconocida", en: "date of birth unknown")
        case .panelHint: return .init(es: "Alt-D elegir · Enter es esta persona · n no es la misma",
                                      en: "Alt-D choose · Enter this is the person · n not the same")
        case .panelHintShort: return .init(es: "Alt-D para elegir", en: "Alt-D to choose")
        case .chosenBanner: return .init(es: "Caso nuevo para: {name} ({born})", en: "New case for: {name} ({born})")
        case .chosenUndoHint: return .init(es: "Alt-U: no es esta persona, volver al registro nuevo", en: "Alt-U: not this person, back to a new record")
        case .saved: return .init(es: "Caso {number} abierto para {name}.", en: "Case {number} opened for {name}.")
        case .takenByYou: return .init(es: "Queda a su cargo.", en: "It is yours now.")
        case .savedWithWarnings: return .init(es: "Caso {number} abierto para {name}. Revise: {warnings}", en: "Case {number} opened for {name}. Check: {warnings}")
        case .saveProblems:
            return .init(es: "No se guardó: {n} {n|campo por corregir (marcado en rojo)|campos por corregir (marcados en rojo)}. Lo escrito sigue aquí.",
                         en: "Not saved: {n} {n|field|fields} to fix (marked in red). What you typed is still here.")
        case .saving: return .init(es: "Guardando…", en: "Saving…")
        case .leaveTitle: return .init(es: "Salir del registro", en: "Leave the intake")
        case .leaveQuestion:
            return .init(es: "Lo escrito queda guardado como borrador y F2 lo retoma. ¿Salir ahora? (S/N)",
                         en: "What you typed is kept as a draft and F2 brings it back. Leave now? (Y/N)")
        case .resumeTitle: return .init(es: "Registro sin terminar", en: "Unfinished intake")
        case .resumeQuestion:
            return .init(es: "Tiene un registro sin terminar ({name}), guardado el {date} a las {time}. ¿Retomarlo ahora? (S: sí · N: más tarde con F2)",
                         en: "You have an unfinished intake ({name}), kept on {date} at {time}. Resume it now? (Y: yes · N: later with F2)")
        case .resumed: return .init(es: "Se retomó el registro sin terminar.", en: "The unfinished intake is back.")
        case .draftUnreadable:
            return .init(es: "El borrador guardado no se pudo leer; se empieza un registro nuevo.",
                         en: "The kept draft could not be read; a new intake starts.")
        case .discardTitle: return .init(es: "Borrar el formulario", en: "Clear the form")
        case .discardQuestion:
            return .init(es: "Se borra todo lo escrito en este registro y su borrador. ¿Borrar? (S/N)",
                         en: "Everything typed in this intake and its draft is cleared. Clear it? (Y/N)")
        case .discarded: return .init(es: "Formulario borrado.", en: "Form cleared.")
        case .notSameDone:
            return .init(es: "{name} no es la misma persona; se recordará al guardar.",
                         en: "{name} is not the same person; remembered when saved.")
        case .noCandidates: return .init(es: "No hay posibles duplicados que ver.", en: "There are no possible duplicates to see.")
        case .notChosen: return .init(es: "No eligió a una persona registrada.", en: "No registered person was chosen.")
        case .nothingToDiscard: return .init(es: "No hay nada escrito que borrar.", en: "Nothing typed to clear.")
        case .chosenUndone: return .init(es: "Se registrará a una persona nueva.", en: "A new person will be registered.")
        case .volunteerNotSame:
            return .init(es: "Su cuenta no puede marcar personas como distintas; el caso se abrió igual.",
                         en: "Your account cannot mark people as different; the case was opened anyway.")
        }
    }

    /// A text produced by a function of the language (Core's validator messages).
    static func byLanguage(_ message: (Language) -> String) -> LocalizedText {
        LocalizedText(es: message(.es), en: message(.en))
    }

    /// `text` with each `{key}` filled, in both languages.
    static func fill(_ text: IntakeText, _ values: [String: String]) -> LocalizedText {
        LocalizedText(es: text.format(.es, values), en: text.format(.en, values))
    }
}

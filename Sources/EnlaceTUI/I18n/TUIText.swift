import EnlaceCore

/// Every text the terminal screens show, in Spanish and English.
public enum TUIText: String, MessageCatalog {
    case appName
    case scopeGlobal, scopeCaseList, scopeHome, scopeSearch, scopeIntake, scopeCaseDetail, scopeReferral, scopeFollowUps, scopeReview, scopeReports
    case caseListTitle
    case columnNumber, columnPerson, columnStatus, columnPriority, columnAge, columnCaseworker
    case unassigned
    case filterLabel, filterHint
    case casesCount, casesCountMany, casesNone, casesNoneForFilter
    case ageDays
    case helpTitle, helpClose, helpScroll
    case paletteTitle, paletteHint, paletteNoMatch
    case terminalTooSmall
    case languageSwitched
    case quitHint
    case loadError
    case dataRefreshed
    case commandDisabled
    case overdueMark
    case noCaseAccess

    public var text: LocalizedText {
        switch self {
        case .appName: return .init(es: "Enlace", en: "Enlace")
        case .scopeGlobal: return .init(es: "Todas las pantallas", en: "Every screen")
        case .scopeCaseList: return .init(es: "Lista de casos", en: "Case list")
        case .scopeHome: return .init(es: "Mi bandeja", en: "My queue")
        case .scopeSearch: return .init(es: "Búsqueda", en: "Search")
        case .scopeIntake: return .init(es: "Registro", en: "Intake")
        case .scopeCaseDetail: return .init(es: "Caso", en: "Case")
        case .scopeReferral: return .init(es: "Canalización", en: "Referral")
        case .scopeFollowUps: return .init(es: "Seguimientos", en: "Follow-ups")
        case .scopeReview: return .init(es: "Revisión", en: "Review")
        case .scopeReports: return .init(es: "Informes", en: "Reports")
        case .caseListTitle: return .init(es: "Casos", en: "Cases")
        case .columnNumber: return .init(es: "Número", en: "Number")
        case .columnPerson: return .init(es: "Persona", en: "Person")
        case .columnStatus: return .init(es: "Estado", en: "Status")
        case .columnPriority: return .init(es: "Prioridad", en: "Priority")
        case .columnAge: return .init(es: "Días", en: "Days")
        case .columnCaseworker: return .init(es: "Responsable", en: "Caseworker")
        case .unassigned: return .init(es: "sin asignar", en: "unassigned")
        case .filterLabel: return .init(es: "Filtro:", en: "Filter:")
        case .filterHint: return .init(es: "/ para filtrar", en: "/ to filter")
        case .casesCount: return .init(es: "{n} {n|caso|casos}", en: "{n} {n|case|cases}")
        case .casesCountMany: return .init(es: "más de {n} casos", en: "over {n} cases")
        case .casesNone: return .init(es: "Todavía no hay casos que usted pueda ver.", en: "There are no cases you can see yet.")
        case .casesNoneForFilter:
            return .init(es: "Ningún caso coincide con «{filter}». Pulse Esc para quitar el filtro.",
                         en: "No case matches “{filter}”. Press Esc to clear the filter.")
        case .ageDays: return .init(es: "{n} d", en: "{n} d")
        case .helpTitle: return .init(es: "Ayuda: teclas y comandos", en: "Help: keys and commands")
        case .helpClose: return .init(es: "Esc o F1 cierra la ayuda", en: "Esc or F1 closes help")
        case .helpScroll: return .init(es: "↑↓ para desplazarse", en: "↑↓ to scroll")
        case .paletteTitle: return .init(es: "Comandos", en: "Commands")
        case .paletteHint: return .init(es: "Escriba para buscar · Enter ejecuta · Esc cierra",
                                        en: "Type to search · Enter runs · Esc closes")
        case .paletteNoMatch: return .init(es: "Ningún comando coincide.", en: "No command matches.")
        case .terminalTooSmall:
            return .init(es: "Amplíe la terminal a {w}×{h} o más (ahora {cw}×{ch}).",
                         en: "Enlarge the terminal to {w}×{h} or more (now {cw}×{ch}).")
        case .languageSwitched: return .init(es: "Idioma: español.", en: "Language: English.")
        case .quitHint: return .init(es: "Para salir pulse F10 o Ctrl-Q.", en: "To quit press F10 or Ctrl-Q.")
        case .loadError: return .init(es: "No se pudieron leer los casos: {error}", en: "The cases could not be read: {error}")
        case .dataRefreshed: return .init(es: "Datos actualizados por otra terminal.", en: "Data updated by another terminal.")
        case .commandDisabled: return .init(es: "{command}: {reason}", en: "{command}: {reason}")
        case .overdueMark: return .init(es: "vencido", en: "overdue")
        case .noCaseAccess:
            return .init(es: "Su cuenta de administración no muestra casos; pida el rol de supervisor si los necesita.",
                         en: "Your admin account shows no cases; ask for the supervisor role if you need them.")
        }
    }
}

import EnlaceCore

/// The checklists tab's words.
public enum ChecklistTabText: String, MessageCatalog {
    case formSection, empty, noItem, columnItem, columnKey, columnState, active
    case add, addHelp, addTitle, edit, editHelp, editTitle
    case moveUp, moveUpHelp, moveDown, moveDownHelp, retire, retireHelp, retireQuestion
    case nextList, nextListHelp, previousList, previousListHelp, listOf

    public var text: LocalizedText {
        switch self {
        case .formSection: return .init(es: "Formulario de un documento", en: "Checklist item form")
        case .empty: return .init(es: "Esta lista no tiene documentos.", en: "This checklist has no items.")
        case .noItem: return .init(es: "no hay un documento seleccionado", en: "no item is selected")
        case .columnItem: return .init(es: "Documento", en: "Item")
        case .columnKey: return .init(es: "Clave", en: "Key")
        case .columnState: return .init(es: "Estado", en: "Status")
        case .active: return .init(es: "en uso", en: "in use")
        case .add: return .init(es: "Agregar", en: "Add")
        case .addHelp:
            return .init(es: "Agrega un documento al final de la lista, en español y en inglés.",
                         en: "Adds an item at the end of the checklist, in Spanish and English.")
        case .addTitle: return .init(es: "Nuevo documento de «{list}»", en: "New item of “{list}”")
        case .edit: return .init(es: "Editar", en: "Edit")
        case .editHelp:
            return .init(es: "Cambia los textos del documento; las canalizaciones ya hechas conservan los suyos.",
                         en: "Changes the item's texts; referrals already made keep theirs.")
        case .editTitle: return .init(es: "Textos de «{item}»", en: "Texts of “{item}”")
        case .moveUp: return .init(es: "Subir", en: "Move up")
        case .moveUpHelp: return .init(es: "Sube el documento un lugar en la lista.", en: "Moves the item one place up.")
        case .moveDown: return .init(es: "Bajar", en: "Move down")
        case .moveDownHelp: return .init(es: "Baja el documento un lugar en la lista.", en: "Moves the item one place down.")
        case .retire: return .init(es: "Retirar", en: "Retire")
        case .retireHelp:
            return .init(es: "Retira el documento: las canalizaciones nuevas ya no lo piden; las anteriores lo conservan.",
                         en: "Retires the item: new referrals no longer ask for it; earlier ones keep it.")
        case .retireQuestion:
            return .init(es: "¿Retirar «{item}» de la lista? Las canalizaciones ya hechas lo conservan.",
                         en: "Retire “{item}” from the checklist? Referrals already made keep it.")
        case .nextList: return .init(es: "Lista siguiente", en: "Next checklist")
        case .nextListHelp: return .init(es: "Muestra la lista del tipo o trámite siguiente.", en: "Shows the next kind's or procedure's checklist.")
        case .previousList: return .init(es: "Lista anterior", en: "Previous checklist")
        case .previousListHelp: return .init(es: "Muestra la lista del tipo o trámite anterior.", en: "Shows the previous kind's or procedure's checklist.")
        case .listOf: return .init(es: "Lista {n} de {total}: {list}", en: "Checklist {n} of {total}: {list}")
        }
    }
}

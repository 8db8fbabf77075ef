import EnlaceCore

/// What the data-rights commands print (`enlace person request|oppose|hold|erase`,
/// `enlace retention`).
public enum RightsCLIText: String, MessageCatalog {
    case recorded, answered, badChoice, badDate, noneListed, oppositionSaved, holdSet, holdCleared
    case holdNeedsOne, erased, erasedKinds, retentionOff, retentionNone, retentionWouldErase
    case retentionErased, retentionLine, noShareChoice, nothingToChange, header

    public var text: LocalizedText {
        switch self {
        case .recorded:
            return .init(es: "Solicitud #{id} registrada; vence el {due}.", en: "Request #{id} recorded; due on {due}.")
        case .answered:
            return .init(es: "Solicitud #{id} respondida ({outcome}): {standing}.", en: "Request #{id} answered ({outcome}): {standing}.")
        case .badChoice:
            return .init(es: "Valor no válido en --{option}: «{value}». Use {choices}.",
                         en: "Invalid --{option}: “{value}”. Use {choices}.")
        case .badDate:
            return .init(es: "Fecha no válida en --{option}: «{value}». Use AAAA-MM-DD.",
                         en: "Invalid date in --{option}: “{value}”. Use YYYY-MM-DD.")
        case .noneListed:
            return .init(es: "No hay solicitudes.", en: "No requests.")
        case .oppositionSaved:
            return .init(es: "Oposición guardada: no compartir con aliados: {share}; no contactar por: {channels}.",
                         en: "Opposition saved: do not share with partners: {share}; do not contact by: {channels}.")
        case .holdSet:
            return .init(es: "Retención legal puesta: {reason}. No se podrán borrar sus datos mientras siga.",
                         en: "Legal hold set: {reason}. Their data cannot be erased while it stays.")
        case .holdCleared:
            return .init(es: "Retención legal quitada.", en: "Legal hold cleared.")
        case .holdNeedsOne:
            return .init(es: "Indique --reason TEXTO para poner la retención o --clear para quitarla.",
                         en: "Give --reason TEXT to set the hold or --clear to clear it.")
        case .erased:
            return .init(es: "Datos borrados de {n} {n|registro|registros} ({ids}). Los casos quedan como filas anónimas. Los respaldos anteriores aún los contienen hasta que se eliminen.",
                         en: "Data erased from {n} {n|record|records} ({ids}). The cases stay as anonymous rows. Earlier backups still hold it until they are deleted.")
        case .erasedKinds:
            return .init(es: "Borrado: {kinds}.", en: "Erased: {kinds}.")
        case .retentionOff:
            return .init(es: "La organización conserva los casos cerrados sin plazo (enlace org set --retention-years N para fijarlo).",
                         en: "The organization keeps closed cases with no limit (enlace org set --retention-years N to set one).")
        case .retentionNone:
            return .init(es: "Nadie cumple el plazo de conservación.", en: "Nobody is past the retention period.")
        case .retentionWouldErase:
            return .init(es: "Se borrarían {n} {n|persona|personas} (sin --dry-run):", en: "{n} {n|person|people} would be erased (without --dry-run):")
        case .retentionErased:
            return .init(es: "Borradas {n} {n|persona|personas} por el plazo de conservación.", en: "Erased {n} {n|person|people} past the retention period.")
        case .retentionLine:
            return .init(es: "persona {id}\t{cases} {cases|caso|casos}\túltimo cierre {date}", en: "person {id}\t{cases} {cases|case|cases}\tlast closed {date}")
        case .noShareChoice:
            return .init(es: "Valor no válido en --no-share: «{value}». Use yes o no.", en: "Invalid --no-share: “{value}”. Use yes or no.")
        case .nothingToChange:
            return .init(es: "Indique --no-share o --no-contact.", en: "Give --no-share or --no-contact.")
        case .header:
            return .init(es: "id\tpersona\ttipo\trecibida\tvence\testado", en: "id\tperson\tkind\treceived\tdue\tstanding")
        }
    }
}

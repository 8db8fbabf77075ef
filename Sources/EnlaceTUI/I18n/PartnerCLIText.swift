import EnlaceCore

/// Texts of `enlace partners`, in Spanish and English.
public enum PartnerCLIText: String, MessageCatalog {
    case inactive, saved, deactivated, activated, noPartners, unknownKind, unknownArea, unknownCost
    case planTitle, planApplyHint, applied, refused, exported, readFailed, nothingToChange
    case labelId, labelVersion, labelHSDSId, responseDefault

    public var text: LocalizedText {
        switch self {
        case .inactive: return .init(es: "[inactiva]", en: "[inactive]")
        case .saved: return .init(es: "Organización aliada guardada.", en: "Partner saved.")
        case .deactivated:
            return .init(es: "Desactivada: ya no se ofrece al canalizar; sigue en las canalizaciones hechas.",
                         en: "Deactivated: no longer offered for referrals; it stays on those already made.")
        case .activated: return .init(es: "Activada: se ofrece de nuevo al canalizar.", en: "Activated: offered for referrals again.")
        case .noPartners: return .init(es: "No hay organizaciones aliadas.", en: "There are no partners.")
        case .unknownKind:
            return .init(es: "Tipo de canalización desconocido: {value}. Use {choices}.",
                         en: "Unknown referral kind: {value}. Use {choices}.")
        case .unknownArea:
            return .init(es: "Área de servicio desconocida: {value}. Use {choices}.",
                         en: "Unknown service area: {value}. Use {choices}.")
        case .unknownCost:
            return .init(es: "Costo desconocido: {value}. Use {choices}.", en: "Unknown cost: {value}. Use {choices}.")
        case .planTitle:
            return .init(es: "Importación de {dir} ({n} {n|organización|organizaciones} en el archivo):",
                         en: "Import of {dir} ({n} {n|organization|organizations} in the file):")
        case .planApplyHint:
            return .init(es: "Nada se guardó. Para guardarlo, repita la orden con --apply.",
                         en: "Nothing was saved. To save it, run the command again with --apply.")
        case .applied: return .init(es: "Importación guardada.", en: "Import saved.")
        case .refused:
            return .init(es: "No se importó nada: {n} {n|problema|problemas} en el archivo.",
                         en: "Nothing was imported: {n} {n|problem|problems} in the file.")
        case .exported:
            return .init(es: "{n} {n|organización exportada|organizaciones exportadas} a {dir}.",
                         en: "{n} {n|partner|partners} exported to {dir}.")
        case .readFailed: return .init(es: "No se pudo leer {path}.", en: "Could not read {path}.")
        case .nothingToChange:
            return .init(es: "Indique al menos un dato que cambiar (por ejemplo --phone).",
                         en: "Give at least one field to change (for example --phone).")
        case .labelId: return .init(es: "Número", en: "Number")
        case .labelVersion: return .init(es: "Versión", en: "Version")
        case .labelHSDSId: return .init(es: "Id Open Referral", en: "Open Referral id")
        case .responseDefault: return .init(es: "{days} (el valor general)", en: "{days} (the desk's default)")
        }
    }
}

import EnlaceCore

/// What the person screen's "Accesos / Access" tab says.
public enum PersonAccessTabText: String, MessageCatalog {
    case tabLabel, tabHelp, heading, onlySupervisors, loading, exportLabel, exportHelp, exported, notWritten, notLoaded

    public var text: LocalizedText {
        switch self {
        case .tabLabel: return .init(es: "Accesos", en: "Access")
        case .tabHelp: return .init(es: "Supervisión: quién consultó o modificó el registro de la persona, sus casos y canalizaciones, y cuándo.",
                                    en: "Supervisor: who viewed or changed the person's record, cases and referrals, and when.")
        case .heading: return .init(es: "Quién vio o cambió este registro", en: "Who saw or changed this record")
        case .onlySupervisors: return .init(es: "Solo supervisión puede ver quién consultó a esta persona.",
                                            en: "Only supervisors can see who viewed this person.")
        case .loading: return .init(es: "Leyendo los accesos…", en: "Reading the access list…")
        case .exportLabel: return .init(es: "Exportar accesos (CSV)", en: "Export access (CSV)")
        case .exportHelp: return .init(es: "Supervisión: escribe la lista completa de accesos en un CSV en la carpeta de salida; queda en la bitácora.",
                                       en: "Supervisor: writes the whole access list to a CSV in the output folder; audited.")
        case .exported: return .init(es: "{file} (control {checkpoint}): {n} {n|acceso|accesos} guardados en {folder}",
                                     en: "{file} (checkpoint {checkpoint}): {n} {n|access|accesses} saved in {folder}")
        case .notWritten: return .init(es: "No se pudo escribir {path}: {reason}", en: "Could not write {path}: {reason}")
        case .notLoaded: return .init(es: "La lista de accesos aún no se ha leído.", en: "The access list has not been read yet.")
        }
    }
}

import EnlaceCore

/// Texts of `enlace bench --faults`.
public enum FaultBenchText: String, MessageCatalog {
    case killLine, lostLine, integrityLine, passed, failed, badCounts

    public var text: LocalizedText {
        switch self {
        case .killLine:
            return .init(es: "Cortes: {rounds} {rounds|ronda|rondas}, {writers} {writers|proceso escritor|procesos escritores}, {killed} {killed|cortado|cortados} con SIGKILL; {confirmed} {confirmed|escritura confirmada|escrituras confirmadas}, {lost} {lost|perdida|perdidas}; {errors} {errors|error|errores}; {bad} {bad|ronda|rondas} con el archivo dañado.",
                         en: "Kills: {rounds} {rounds|round|rounds}, {writers} writer {writers|process|processes}, {killed} killed with SIGKILL; {confirmed} confirmed {confirmed|write|writes}, {lost} lost; {errors} {errors|error|errors}; {bad} {bad|round|rounds} with a damaged file.")
        case .lostLine:
            return .init(es: "Ediciones a la vez: {processes} procesos × {edits} ediciones de un caso: {applied} {applied|aplicada|aplicadas}, {conflicts} {conflicts|conflicto|conflictos} (salida 75), {lost} {lost|perdida|perdidas}, {overwrites} {overwrites|sobrescrita|sobrescritas}, {errors} {errors|error|errores}; versión {from} → {to}, {audit} {audit|fila|filas} de auditoría.",
                         en: "Concurrent edits: {processes} processes × {edits} edits of one case: {applied} applied, {conflicts} {conflicts|conflict|conflicts} (exit 75), {lost} lost, {overwrites} overwritten, {errors} {errors|error|errors}; version {from} → {to}, {audit} audit {audit|row|rows}.")
        case .integrityLine:
            return .init(es: "Integridad del archivo (PRAGMA integrity_check): {result}", en: "File integrity (PRAGMA integrity_check): {result}")
        case .passed:
            return .init(es: "Nada se perdió.", en: "Nothing was lost.")
        case .failed:
            return .init(es: "FALLA: vea las líneas de arriba.", en: "FAILED: see the lines above.")
        case .badCounts:
            return .init(es: "--rounds y --edits deben ser 1 o más.", en: "--rounds and --edits must be 1 or more.")
        }
    }
}

import EnlaceCore

/// Texts of `enlace bench --fuzz`.
public enum FuzzBenchText: String, MessageCatalog {
    case header, starting, totalLine, integrityLine, passed, failed, badCount

    public var text: LocalizedText {
        switch self {
        case .header:
            return .init(es: "Pantalla inicial  idioma  entradas    teclas  reinicios  teclas/s",
                         en: "Start screen      lang    inputs      keys  restarts    keys/s")
        case .starting:
            return .init(es: "fuzz: inicio={start} idioma={lang} semilla={seed} entradas={inputs}",
                         en: "fuzz: start={start} lang={lang} seed={seed} inputs={inputs}")
        case .totalLine:
            return .init(es: "Total: {keys} teclas ({inputs} entradas) en {seconds} s, {rate} teclas/s; caídas: 0; invariantes rotas: {broken}.",
                         en: "Total: {keys} keys ({inputs} inputs) in {seconds} s, {rate} keys/s; crashes: 0; broken invariants: {broken}.")
        case .integrityLine:
            return .init(es: "Integridad del archivo (PRAGMA integrity_check): {result}", en: "File integrity (PRAGMA integrity_check): {result}")
        case .passed:
            return .init(es: "Ninguna tecla rompió la aplicación.", en: "No key broke the app.")
        case .failed:
            return .init(es: "FALLA: vea las líneas de arriba (semilla y secuencia para repetirla).",
                         en: "FAILED: see the lines above (seed and sequence to replay it).")
        case .badCount:
            return .init(es: "--fuzz debe ser 1 o más.", en: "--fuzz must be 1 or more.")
        }
    }
}

import EnlaceCore

/// The lines of `enlace bench --audit-chain`.
public enum AuditChainBenchText: String, MessageCatalog {
    case writers, verify, passed, failed

    public var text: LocalizedText {
        switch self {
        case .writers:
            return .init(es: "Cadena de auditoría: {processes} procesos × {steps} pasos; {added} filas agregadas, {failed} pasos fallidos, {breaks} rupturas",
                         en: "Audit chain: {processes} processes × {steps} steps; {added} rows added, {failed} failed steps, {breaks} breaks")
        case .verify:
            return .init(es: "Verificación: {rows} filas en {seconds} s ({rate} filas/s, compilación {build})",
                         en: "Verify: {rows} rows in {seconds} s ({rate} rows/s, {build} build)")
        case .passed: return .init(es: "Correcto: la cadena se mantuvo.", en: "Passed: the chain held.")
        case .failed: return .init(es: "FALLÓ: la cadena no se mantuvo.", en: "FAILED: the chain did not hold.")
        }
    }
}

import EnlaceCore

/// Texts of `enlace bench --frames`.
public enum FrameBenchText: String, MessageCatalog {
    case starting, what, header, coldStart, peakMemory, noTmux, noSignIn, timedOut

    public var text: LocalizedText {
        switch self {
        case .starting:
            return .init(es: "Se abre {binary} en tmux ({width}×{height}) sobre {path} como {user} y se teclea un guion ({samples} teclas por actividad)…",
                         en: "Opening {binary} in tmux ({width}×{height}) on {path} as {user} and typing a script ({samples} keys per activity)…")
        case .what:
            return .init(es: "De la lectura de cada tecla al final del volcado del fotograma que la muestra; «search.results»: de la última tecla al fotograma con los resultados (pausa de {quiet} ms incluida).",
                         en: "From reading each key to the end of the flush of the frame that shows it; “search.results”: from the last key to the frame with the results ({quiet} ms quiet interval included).")
        case .header:
            return .init(es: "actividad", en: "activity")
        case .coldStart:
            return .init(es: "Arranque en frío (inicio del proceso hasta el primer fotograma): {ms} ms", en: "Cold start (process start to the first frame): {ms} ms")
        case .peakMemory:
            return .init(es: "Memoria residente máxima de la aplicación (VmHWM): {mb} MB", en: "Peak resident memory of the app (VmHWM): {mb} MB")
        case .noTmux:
            return .init(es: "bench --frames necesita tmux (apt-get install tmux).", en: "bench --frames needs tmux (apt-get install tmux).")
        case .noSignIn:
            return .init(es: "La aplicación no mostró su primer fotograma; ¿existe el usuario {user} con la contraseña de demostración? Pantalla:\n{screen}",
                         en: "The app did not show its first frame; does user {user} exist with the demo password? Screen:\n{screen}")
        case .timedOut:
            return .init(es: "La aplicación no dibujó {what} a tiempo. Pantalla:\n{screen}",
                         en: "The app did not draw {what} in time. Screen:\n{screen}")
        }
    }
}

import EnlaceCore

extension CommandID {
    static let lockScreen = CommandID("lock.now")
}

enum LockCommands {
    static let all: [Command] = [
        Command(.lockScreen, keys: [.function(12), .ctrl("l")],
                label: .init(es: "Bloquear pantalla", en: "Lock screen"),
                help: .init(es: "Oculta al instante todos los datos de la pantalla; su contraseña la devuelve tal como estaba.",
                             en: "Hides every piece of data on screen at once; your password brings it back as it was."),
                scopes: [.global]) { state in
            LockScreen.lock(&state, reason: .privacyKey)
        },
    ]
}

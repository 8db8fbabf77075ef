import EnlaceCore

extension CommandID {
    static let help = CommandID("help")
    static let palette = CommandID("palette")
    static let switchLanguage = CommandID("switchLanguage")
    static let redraw = CommandID("redraw")
    static let quit = CommandID("quit")
    static let back = CommandID("back")
}

/// Commands that work on every screen. Keys taken here (screens must not reuse them for
/// something else): F1 ?, F9 Ctrl-E, F10 Ctrl-Q, : Ctrl-P, Ctrl-R, Esc (back, unless the
/// screen uses it first). Reserved for screens' global entries: F2 Ctrl-N (intake), F3 /
/// (search), F4 Ctrl-T (follow-ups), F5 Alt-b (home), F6 Alt-c (cases), F7 Alt-r (review),
/// F8 Alt-i (reports), F11 Alt-a (administration), F12 Ctrl-L (privacy lock).
enum GlobalCommands {
    static let all: [Command] = [
        Command(.help, keys: [.function(1), .char("?")],
                label: .init(es: "Ayuda", en: "Help"),
                help: .init(es: "Muestra todas las teclas y comandos.", en: "Shows every key and command."),
                scopes: [.global], inFooter: true) { state in
            state.overlay = .help(scroll: 0)
            return []
        },
        Command(.palette, keys: [.char(":"), .ctrl("p")],
                label: .init(es: "Comandos", en: "Commands"),
                help: .init(es: "Busca un comando por su nombre y lo ejecuta.", en: "Finds a command by name and runs it."),
                scopes: [.global], inFooter: true) { state in
            state.overlay = .palette(PaletteState())
            return []
        },
        Command(.switchLanguage, keys: [.function(9), .ctrl("e")],
                label: .init(es: "Idioma: English", en: "Language: Español"),
                help: .init(es: "Cambia el idioma entre español e inglés sin perder nada.",
                             en: "Switches between Spanish and English without losing anything."),
                scopes: [.global], inFooter: true) { state in
            state.language = state.language.toggled
            state.message = StatusMessage(TUIText.languageSwitched(state.language), role: .success)
            return []
        },
        Command(.redraw, keys: [.ctrl("r")],
                label: .init(es: "Redibujar", en: "Redraw"),
                help: .init(es: "Vuelve a leer los datos y redibuja la pantalla.", en: "Reloads the data and redraws the screen."),
                scopes: [.global]) { state in
            ScreenDispatch.refresh(&state)
        },
        Command(.back, keys: [.escape],
                label: .init(es: "Volver", en: "Back"),
                help: .init(es: "Vuelve a la pantalla anterior.", en: "Returns to the previous screen."),
                scopes: [.global],
                disabledReason: { state in
                    state.canGoBack ? nil : .init(es: "Ya está en la primera pantalla.", en: "This is already the first screen.")
                }) { state in
            ScreenDispatch.back(&state)
        },
        Command(.quit, keys: [.function(10), .ctrl("q")],
                label: .init(es: "Salir", en: "Quit"),
                help: .init(es: "Cierra Enlace y restaura la terminal.", en: "Closes Enlace and restores the terminal."),
                scopes: [.global], inFooter: true) { state in
            state.shouldQuit = true
            return []
        },
    ]
}

import Foundation
import Testing

/// The built binary in a real terminal (tmux), as a person would use it.
@Suite(.serialized)
struct DemoTerminalTests {

    /// The demo on the case list, with `keys` typed and the screen once it shows `text`.
    private func started(typing keys: String, until text: String) throws -> (TmuxSession, String) {
        let t = try start()
        try t.type(keys)
        return (t, try t.waitFor(text: text))
    }

    private func start(width: Int = 80, height: Int = 24, term: String = "tmux-256color",
                       extra: [String: String] = [:], arguments: String = "", caseList: Bool = true) throws -> TmuxSession {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("demo.sqlite").path
        let session = try TmuxSession(arguments: "demo --people 300 --db \(db) --as maria \(arguments)", width: width, height: height,
                                      term: term, extraEnvironment: extra)
        // The app opens on the home queue; F6 goes to the case list these tests drive.
        try session.waitFor(text: "Mi bandeja")
        if caseList {
            try session.press("F6")
            try session.waitFor(text: "Filtro:")
        }
        return session
    }

    /// Rows of the case list (between the column headers and the message line).
    private func caseRows(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.contains("Número") && $0.contains("Persona") }) else { return [] }
        return lines[(header + 1)...].prefix { !$0.hasPrefix("└") }
            .filter { $0.range(of: #"\d{4}-\d{6}"#, options: .regularExpression) != nil }
    }

    @Test func demoShowsTheCaseListAt80x24() throws {
        let t = try start()
        let screen = try t.screen()
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("┌ Enlace · ") == true)
        #expect(screen.contains("(supervisor"))
        #expect(screen.contains("F1 Ayuda"))
        #expect(screen.contains("F10 Salir"))
        #expect(caseRows(screen).count == 19, "a full window of cases fits 80x24:\n\(screen)")
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func typingMunozIntoTheFilterNarrowsTheList() throws {
        let t = try start()
        let before = caseRows(try t.screen())
        try t.type("/")
        try t.type("Muñoz")
        let screen = try t.waitFor("only Muñoz rows") { s in
            let rows = self.caseRows(s)
            return s.contains("Filtro: Muñoz") && !rows.isEmpty && rows.allSatisfy { $0.contains("Muñoz") }
        }
        #expect(screen.contains("Filtro: Muñoz"))
        #expect(caseRows(screen) != before)
        // Without the accent the same people are found.
        try t.press("Escape")
        try t.waitFor("the full list again") { self.caseRows($0).count == 19 && !$0.contains("Filtro: Muñoz") }
        try t.type("/munoz")
        try t.waitFor("Muñoz rows from unaccented typing") { s in
            let rows = self.caseRows(s)
            return s.contains("Filtro: munoz") && !rows.isEmpty && rows.allSatisfy { $0.contains("Muñoz") }
        }
    }

    @Test func helpOpensAndCloses() throws {
        let (t, help) = try started(typing: "?", until: "Ayuda: teclas y comandos")
        #expect(help.contains("Salir"))
        try t.press("Escape")
        try t.waitFor("help closed") { !$0.contains("Ayuda: teclas y comandos") && $0.contains("Número") }
        try t.press("F1")
        try t.waitFor(text: "Ayuda: teclas y comandos")
        try t.press("F1")
        try t.waitFor("help closed by F1") { !$0.contains("Ayuda: teclas y comandos") }
    }

    @Test func resizeBelowTheMinimumShowsTheMessageAndComesBack() throws {
        let t = try start()
        try t.resize(width: 30, height: 8)
        try t.waitFor(text: "Amplíe la")
        try t.resize(width: 100, height: 30)
        let screen = try t.waitFor("the list redrawn at 100x30") { self.caseRows($0).count == 25 }
        #expect(!screen.contains("Amplíe"))
        #expect(screen.split(separator: "\n").first?.hasSuffix("┐") == true)
    }

    @Test(arguments: ["F10", "C-q"])
    func quitKeysExitZeroAndRestoreTheTerminal(key: String) throws {
        let t = try start()
        #expect(try t.display("#{alternate_on}") == "1")
        try t.press(key)
        #expect(try t.waitForExit() == 0)
        #expect(try t.display("#{alternate_on}") == "0")
        #expect(try t.display("#{cursor_flag}") == "1")
    }

    @Test func languageSwitchesWithoutLosingTheFilter() throws {
        let (t, _) = try started(typing: "/Muñoz", until: "Filtro: Muñoz")
        try t.press("Enter")
        try t.press("F9")
        let screen = try t.waitFor(text: "Filter: Muñoz")
        #expect(screen.contains("Number"))
        #expect(screen.contains("F10 Quit"))
        try t.press("C-e")
        try t.waitFor(text: "Filtro: Muñoz")
    }

    @Test func paletteRunsACommandByName() throws {
        let (t, _) = try started(typing: ":", until: "Escriba para buscar")
        try t.type("ayuda")
        try t.press("Enter")
        try t.waitFor(text: "Ayuda: teclas y comandos")
    }

    @Test func vt100RunsWithoutColour() throws {
        let t = try start(term: "vt100")
        let coloured = try t.screen(colours: true)
        // No foreground/background colour codes at all; attributes (reverse, bold) only.
        #expect(coloured.range(of: #"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]"#, options: .regularExpression) == nil)
        #expect(coloured.contains("\u{1B}[7m") || coloured.contains(";7m"), "selection still shows by reverse video")
    }

    @Test func noColorIsHonoured() throws {
        let t = try start(extra: ["NO_COLOR": "1"])
        let coloured = try t.screen(colours: true)
        #expect(coloured.range(of: #"\x1b\[[0-9;]*(38;5|48;5|3[0-7]m|4[0-7]m)"#, options: .regularExpression) == nil)
    }

    @Test func colourTerminalUsesColours() throws {
        let t = try start()
        let coloured = try t.screen(colours: true)
        #expect(coloured.range(of: #"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)"#, options: .regularExpression) != nil)
    }

    @Test func brokenThemeIsNamedAndTheDefaultUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let theme = folder.appendingPathComponent("roto.toml")
        try "[roles.title\n".write(to: theme, atomically: true, encoding: .utf8)
        let t = try start(width: 120, arguments: "--theme \(theme.path)", caseList: false)
        let screen = try t.waitFor(text: "roto.toml")
        #expect(screen.contains("No se pudo usar el tema"))
    }

    @Test func sigtermRestoresTheTerminalAndExitsZero() throws {
        let t = try start()
        let pid = try t.display("#{pane_pid}")
        // The pane runs a shell; signal its child, the app.
        let children = try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
        let appPid = children.split(separator: " ").first.map(String.init) ?? ""
        #expect(!appPid.isEmpty)
        kill(pid_t(appPid) ?? 0, SIGTERM)
        #expect(try t.waitForExit() == 0)
        #expect(try t.display("#{alternate_on}") == "0")
    }

    @Test func aCrashRestoresTheTerminalAndDiesOfTheSignal() throws {
        // Swift's backtracer does not act on a SIGSEGV sent with kill(2) (it is not a real
        // fault), so it is turned off here: what is checked is our handler, which restores the
        // terminal and re-raises through the handler that was there before it.
        let t = try start(extra: ["SWIFT_BACKTRACE": "enable=no"])
        let pid = try t.display("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
        let appPid = pid_t(children.split(separator: " ").first.map(String.init) ?? "") ?? 0
        #expect(appPid > 0)
        kill(appPid, SIGSEGV)
        let status = try t.waitForExit(timeout: 60)
        #expect(status == 128 + SIGSEGV)
        #expect(try t.display("#{alternate_on}") == "0")
    }

    @Test func endOfInputQuitsInsteadOfSpinning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-eof-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("demo.sqlite").path
        // A terminal for output, but standard input closed: the app must exit by itself.
        let t = try TmuxSession(arguments: "demo --people 50 --db \(db) < /dev/null")
        #expect(try t.waitForExit(timeout: 30) == 0)
    }
}

/// Terminals that cannot run the full-screen app.
struct UnusableTerminalTests {
    @Test func termDumbExitsNonZeroWithAMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-dumb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let env = ["TERM": "dumb", "LANG": "C.UTF-8", "HOME": folder.path, "XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path]
        let result = try runEnlace(["demo", "--people", "20", "--db", folder.appendingPathComponent("d.sqlite").path], environment: env)
        #expect(result.status != 0)
        #expect(result.err.contains("TERM=dumb"))
        #expect(!result.err.contains("Fatal error"))
    }
}

import Foundation
import Testing

/// The app in each terminal type a person may bring (and NO_COLOR), at 80x24: it starts on
/// the home queue, draws it readable, opens search, finds a person and quits cleanly. TERM=dumb
/// is refused with one clear line and a non-zero exit.
@Suite(.serialized)
struct TerminalMatrixTests {
    struct Terminal: Sendable, CustomTestStringConvertible {
        let term: String
        let noColor: Bool
        /// Whether the terminal has colours at all (vt100 has none; NO_COLOR asks for none).
        let colours: Bool
        var testDescription: String { noColor ? "\(term) NO_COLOR=1" : term }
    }

    static let terminals: [Terminal] = [
        Terminal(term: "xterm-256color", noColor: false, colours: true),
        Terminal(term: "tmux-256color", noColor: false, colours: true),
        Terminal(term: "screen", noColor: false, colours: true),
        Terminal(term: "linux", noColor: false, colours: true),
        Terminal(term: "vt100", noColor: false, colours: false),
        Terminal(term: "xterm-256color", noColor: true, colours: false),
    ]

    /// One demo database for every terminal.
    static let demo: DemoDatabase = {
        do { return try DemoDatabase(folderPrefix: "enlace-matrix", people: 40) } catch { fatalError("\(error)") }
    }()

    static let colourCode = #"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]"#

    @Test(arguments: terminals)
    func startsDrawsSearchesAndQuits(_ terminal: Terminal) throws {
        let t = try TmuxSession(arguments: "demo --db \(Self.demo.db) --as maria", term: terminal.term,
                                extraEnvironment: terminal.noColor ? ["NO_COLOR": "1"] : [:])
        let home = try t.waitFor(text: "Mi bandeja")
        let lines = home.split(separator: "\n")
        #expect(lines.first?.hasPrefix("┌ Enlace · ") == true, "\(terminal): \(home)")
        #expect(home.contains("(supervisor"))
        #expect(home.contains("F10 Salir"))
        #expect(lines.count <= 24 && lines.allSatisfy { $0.count <= 80 }, "\(terminal): fits 80x24")
        // Nothing undecoded: no escape sequences or caret notation drawn as text.
        #expect(!home.contains("\u{1B}") && !home.contains("^[") && !home.contains("�"), "\(terminal): \(home)")
        let coloured = try t.screen(colours: true)
        let hasColour = coloured.range(of: Self.colourCode, options: .regularExpression) != nil
        #expect(hasColour == terminal.colours, "\(terminal): colour codes \(hasColour ? "present" : "absent")")
        if !terminal.colours {
            #expect(coloured.contains("\u{1B}[7m") || coloured.contains(";7m"), "\(terminal): the selection shows by reverse video")
        }

        // Search with "/", which every terminal sends (F3 is not on every keyboard map).
        try t.type("/")
        try t.waitFor(text: "Escriba un nombre, apellido, teléfono, CURP o número de caso.")
        try t.type("Hernandez")
        let found = try t.waitFor("people found") { $0.contains("Hernández") && $0.range(of: #"\d+ personas? · Enter abre"#, options: .regularExpression) != nil }
        #expect(found.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try t.press("Escape")
        try t.press("Escape")
        try t.press("C-q")
        #expect(try t.waitForExit() == 0, "\(terminal): exit status")
        #expect(try t.display("#{alternate_on}") == "0", "\(terminal): alternate screen left")
        #expect(try t.display("#{cursor_flag}") == "1", "\(terminal): cursor shown again")
    }

    @Test(arguments: ["es", "en"])
    func termDumbIsRefusedWithOneClearLine(_ lang: String) throws {
        var env = Self.demo.env
        env["TERM"] = "dumb"
        let r = try runEnlace(["demo", "--db", Self.demo.db, "--as", "maria", "--lang", lang], environment: env)
        #expect(r.status == 69)
        let expected = lang == "es" ? "Enlace necesita una terminal que pueda mover el cursor; TERM=dumb no puede."
            : "Enlace needs a terminal that can move the cursor; TERM=dumb cannot."
        #expect(r.err.contains(expected), "\(r.err)")
        #expect(r.err.split(separator: "\n").count == 1, "one line: \(r.err)")
        #expect(HostileCorpus.garbage(in: r.out + r.err) == nil, "\(r.out)\(r.err)")
    }
}

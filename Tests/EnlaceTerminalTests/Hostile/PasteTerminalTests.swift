import Foundation
import GRDB
import Testing

/// Text pasted (bracketed paste, as a terminal sends it) with escape sequences and control
/// characters into the intake form and into search: the screen stays as it was drawn, the
/// terminal's title is not changed, and what is saved has no control character.
@Suite(.serialized)
struct PasteTerminalTests {
    /// A colour change, a bell, a C1 CSI, a right-to-left override, a title change and a
    /// clear-screen, around a name.
    static let hostileName = "\u{1B}[31mMar\u{07}ía\u{9B}\u{202E} José\u{1B}]0;pwned\u{07}\u{1B}[2J\r"

    private func start(as user: String = "jorge", people: Int = 20) throws -> (TmuxSession, DemoDatabase) {
        let demo = try DemoDatabase(folderPrefix: "enlace-paste", people: people)
        let t = try TmuxSession(arguments: "demo --db \(demo.db) --as \(user)")
        try t.waitFor("the first screen") { $0.contains("F1 Ayuda") }
        return (t, demo)
    }

    private func paste(_ t: TmuxSession, _ text: String) throws {
        try t.tmux(["set-buffer", "-b", "hostile", text])
        try t.tmux(["paste-buffer", "-p", "-d", "-b", "hostile", "-t", "t"])
    }

    /// The frame and the footer are where they were, every line fits, no escape drawn as text.
    private func expectSane(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = screen.split(separator: "\n")
        #expect(lines.first?.hasPrefix("┌ Enlace · ") == true, "\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains("F10 Salir"), "\(screen)", sourceLocation: sourceLocation)
        #expect(lines.allSatisfy { $0.count <= 80 }, sourceLocation: sourceLocation)
        #expect(!screen.contains("\u{1B}") && !screen.contains("^[") && !screen.contains("pwned\u{07}"),
                sourceLocation: sourceLocation)
        #expect(HostileCorpus.garbage(in: screen) == nil, "\(screen.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func aPastedNameWithEscapesIsSavedWithoutThem() throws {
        let (t, demo) = try start()
        let title = try t.display("#{pane_title}")
        try t.press("F2")
        try t.waitFor(text: "Registro: persona y caso nuevo")
        try paste(t, Self.hostileName)
        let typed = try t.waitFor(text: "[31mMaría José]0;pwned[2J")
        expectSane(typed)
        #expect(try t.display("#{pane_title}") == title, "a pasted title change reached the terminal")
        try t.press("Tab")
        try t.type("Pegado")
        for _ in 0..<17 { try t.press("Tab") }
        try t.type("s")
        for _ in 0..<3 { try t.press("Tab") }
        try t.type("v")
        try t.press("C-s")
        let saved = try t.waitFor(text: "abierto para")
        expectSane(saved)
        let given = try DatabaseQueue(path: demo.db).read { db in
            try String.fetchOne(db, sql: "SELECT given_names FROM people WHERE first_surname = 'Pegado'")
        }
        #expect(given == "[31mMaría José]0;pwned[2J")
        #expect(given.map { $0.unicodeScalars.allSatisfy { !HostileCorpus.isUnsafe($0) } } == true)
    }

    @Test func tenThousandPastedCharactersStayInTheirField() throws {
        let (t, _) = try start()
        try t.press("F2")
        try t.waitFor(text: "Registro: persona y caso nuevo")
        try paste(t, String(repeating: "Ñandú ", count: 1_667))
        let screen = try t.waitFor(text: "Ñandú Ñandú")
        expectSane(screen)
        #expect(screen.contains("Primer apellido"), "the form's other fields are still drawn")
    }

    @Test func aPastedSearchWithEscapesShowsAsTextAndFindsWhatItCan() throws {
        let (t, _) = try start(as: "maria", people: 40)
        let title = try t.display("#{pane_title}")
        try t.type("/")
        try t.waitFor(text: "Escriba un nombre, apellido, teléfono, CURP o número de caso.")
        try paste(t, "\u{1B}]0;pwned\u{07}\u{1B}[2JHern\u{9B}\u{07}ández\r")
        let screen = try t.waitFor(text: "]0;pwned[2JHernández")
        expectSane(screen)
        #expect(try t.display("#{pane_title}") == title)
        // Clearing it and pasting a plain name with a bell still finds people.
        try t.press("Escape")
        try t.waitFor("the query cleared") { !$0.contains("pwned") }
        try paste(t, "Hern\u{07}ández")
        let found = try t.waitFor("people found") { $0.range(of: #"\d+ personas? · Enter abre"#, options: .regularExpression) != nil }
        expectSane(found)
        try t.press("Escape")
        try t.press("Escape")
        try t.press("C-q")
        #expect(try t.waitForExit() == 0)
    }
}

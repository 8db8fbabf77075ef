import Foundation
import Testing
import EnlaceCore

/// Faults met on screen, in a real terminal: the intake form typed, then the save meets another
/// program's write lock or a full disk. The person reads why on screen, nothing typed is
/// lost, and the save goes through once the fault is gone (or the draft is offered back).
@Suite(.serialized)
struct FaultTerminalTests {
    private func start(_ db: String, environment: [String: String] = [:]) throws -> TmuxSession {
        let t = try TmuxSession(arguments: "demo --people 60 --db \(db) --as jorge", extraEnvironment: environment)
        try t.waitFor("the first screen") { $0.contains("F1 Ayuda") }
        return t
    }

    /// Types a whole intake (the person, the consent) without saving it.
    private func typeIntake(_ t: TmuxSession, surname: String) throws {
        try t.press("F2")
        try t.waitFor(text: "Registro: persona y caso nuevo")
        try t.type("José Ángel"); try t.press("Tab")
        try t.type(surname); try t.press("Tab")
        try t.type("Pérez"); for _ in 0..<2 { try t.press("Tab") }
        try t.type("12/03/1985"); for _ in 0..<7 { try t.press("Tab") }
        try t.type(IntakeTerminalTests.curp); for _ in 0..<7 { try t.press("Tab") }
        try t.type("s"); for _ in 0..<3 { try t.press("Tab") }
        try t.type("v")
        try t.waitFor(text: "‹ Verbal")
    }

    /// Leaves the last field, which keeps the draft, and waits until the database has it.
    /// (The payload is sealed in the file: its length grows when the last field is kept.)
    private func keepDraft(_ t: TmuxSession, _ db: String) throws {
        let before = try sqlite(db, "SELECT coalesce(max(length(payload)), 0) FROM drafts")
        try t.press("BTab")
        let deadline = Date().addingTimeInterval(20)
        while try sqlite(db, "SELECT coalesce(max(length(payload)), 0) FROM drafts") == before, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(try sqlite(db, "SELECT coalesce(max(length(payload)), 0) FROM drafts") != before)
        #expect(try sqlite(db, "SELECT typeof(payload) FROM drafts").contains("blob"))
    }

    @Test func aBusyDatabaseAtSaveIsSaidOnScreenAndCtrlSAgainSavesWhatWasTyped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-busy-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = folder + "/demo.sqlite"
        let t = try start(db, environment: ["ENLACE_BUSY_TIMEOUT_MS": "300"])
        try typeIntake(t, surname: "Ocupado")
        let lock = try WriteLock(database: db)
        try t.press("C-s")
        let busy = try t.waitFor(text: "La base de datos está ocupada por otro programa. Reintente en unos segundos.")
        #expect(busy.contains("‹ Verbal") && busy.contains(IntakeTerminalTests.curp))
        lock.release()
        try t.press("C-s")
        let saved = try t.waitFor(text: "abierto para José Ángel Ocupado Pérez")
        #expect(saved.range(of: #"Caso \d{4}-\d{6} abierto"#, options: .regularExpression) != nil)
        #expect(try sqlite(db, "SELECT count(*) FROM people WHERE first_surname = 'Ocupado'") == "1")
        #expect(try sqlite(db, "SELECT count(*) FROM drafts") == "0")
    }

    @Test(.enabled(if: SmallDisk.available, "needs root to mount a small tmpfs"))
    func aFullDiskAtSaveIsSaidOnScreenAndTheTypedFormIsOfferedBackAfter() throws {
        let disk = try SmallDisk(megabytes: 24)
        let db = disk.folder + "/demo.sqlite"
        let cases: String
        do {
            let t = try start(db)
            try typeIntake(t, surname: "Lleno")
            try keepDraft(t, db)
            cases = try sqlite(db, "SELECT count(*) FROM cases")
            try disk.fill()
            try t.press("C-s")
            let full = try t.waitFor(text: "Disco lleno: no se guardó. Libere espacio; lo ya guardado está a salvo.")
            #expect(full.contains(IntakeTerminalTests.curp), "\(full)")
            try t.press("F10")
            #expect(try t.waitForExit() == 0)
        }
        disk.free()
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
        #expect(try sqlite(db, "SELECT count(*) FROM cases") == cases)
        // The next start offers the form as it was typed; Ctrl-S saves it now.
        let t = try start(db)
        let offer = try t.waitFor(text: "Registro sin terminar")
        #expect(offer.contains("José Ángel Lleno Pérez"))
        try t.type("s")
        try t.waitFor(text: "Se retomó el registro sin terminar.")
        try t.press("C-s")
        try t.waitFor(text: "abierto para José Ángel Lleno Pérez")
        #expect(try sqlite(db, "SELECT count(*) FROM people WHERE first_surname = 'Lleno'") == "1")
    }
}

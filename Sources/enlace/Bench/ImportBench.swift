import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace bench --import N`: a generated sign-in sheet of N rows (UTF-8, semicolons, as a
/// spreadsheet saves it) reviewed and committed against a demo database of demo people
/// (--import-people, 10,000 by default): the parse and intake checks per second, the duplicate lookup per
/// second, then the commit of the whole batch as one transaction, and its undo.
enum ImportBench {
    struct Result: Encodable {
        var rows = 0
        var people = 0
        var parseSeconds = 0.0
        var checkSeconds = 0.0
        var reviewRowsPerSecond = 0.0
        var duplicateSeconds = 0.0
        var duplicateRowsPerSecond = 0.0
        var rowsWithCandidates = 0
        var rowsWithProblems = 0
        var committed = 0
        var commitSeconds = 0.0
        var undoSeconds = 0.0
    }

    static func run(_ options: GlobalOptions, rows: Int, people: Int, seed: UInt64, json: Bool) throws {
        let context = try Context(options)
        let lang = context.language
        let folder = NSTemporaryDirectory() + "enlace-import-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let desk = try CaseDesk.open(path: folder + "/bench.sqlite", create: true, passwordCost: PasswordCost(logN: 8))
        if !json { Console.print(BenchText.seeding.format(lang, ["people": "\(people)", "path": folder])) }
        _ = try Seeding.seed(desk: desk, people: people, seed: seed, language: lang)
        let supervisor = try desk.authenticate(username: "maria", password: DemoData.password)
        let bytes = sheet(rows: rows, seed: seed)
        func seconds(_ start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

        var result = Result(rows: rows, people: people)
        var start = DispatchTime.now().uptimeNanoseconds
        guard case .success(let parsed) = ImportSheet.read(bytes) else { throw ExitCode(70) }
        result.parseSeconds = seconds(start)
        start = DispatchTime.now().uptimeNanoseconds
        let checked = desk.checkImport(parsed, mapping: ImportMapping.guess(headers: parsed.headers))
        result.checkSeconds = seconds(start)
        result.reviewRowsPerSecond = Double(rows) / (result.parseSeconds + result.checkSeconds)
        start = DispatchTime.now().uptimeNanoseconds
        var review = try desk.findImportDuplicates(checked, by: supervisor)
        result.duplicateSeconds = seconds(start)
        result.duplicateRowsPerSecond = Double(rows) / result.duplicateSeconds
        result.rowsWithCandidates = review.candidateCount
        result.rowsWithProblems = review.problemCount
        review.decideUndecided(.skip)
        start = DispatchTime.now().uptimeNanoseconds
        let done = try desk.commitImport(review.plan(fileName: "bench.csv", eventId: nil)!, by: supervisor)
        result.commitSeconds = seconds(start)
        result.committed = done.created
        start = DispatchTime.now().uptimeNanoseconds
        _ = try desk.undoImport(id: done.id, by: supervisor)
        result.undoSeconds = seconds(start)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
            return
        }
        let f = { (x: Double) in String(format: "%.2f", x) }
        Console.print(ImportDeskText.benchReview.format(lang, [
            "rows": "\(rows)", "parse": f(result.parseSeconds), "check": f(result.checkSeconds),
            "rate": String(format: "%.0f", result.reviewRowsPerSecond), "problems": "\(result.rowsWithProblems)"]))
        Console.print(ImportDeskText.benchDuplicates.format(lang, [
            "people": "\(people)", "seconds": f(result.duplicateSeconds),
            "rate": String(format: "%.0f", result.duplicateRowsPerSecond), "candidates": "\(result.rowsWithCandidates)"]))
        Console.print(ImportDeskText.benchCommit.format(lang, [
            "n": "\(result.committed)", "seconds": f(result.commitSeconds),
            "rate": String(format: "%.0f", Double(result.committed) / result.commitSeconds), "undo": f(result.undoSeconds)]))
        #if DEBUG
        Console.print(BenchText.releaseHint(lang))
        #endif
    }

    /// N rows with the columns of a jornada's sheet; about one row in 50 has a mistake a
    /// volunteer makes (a day 31 in February, a phone too short).
    static func sheet(rows: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix(seed: seed &+ 7)
        var text = "Nombre(s);Apellido paterno;Apellido materno;Fecha de nacimiento;Teléfono;Correo;Estado de origen;Firma\r\n"
        text.reserveCapacity(rows * 110)
        let states = ["Oaxaca", "Guerrero", "Michoacán", "Jalisco", "Puebla", "Zacatecas", "Guanajuato"]
        for i in 0..<rows {
            let day = 1 + Int(random.next() % 28), month = 1 + Int(random.next() % 12), year = 1950 + Int(random.next() % 55)
            let broken = random.next() % 50 == 0
            let date = broken ? "31/02/\(year)" : String(format: "%02d/%02d/%04d", day, month, year)
            let phone = broken ? "773 55" : String(format: "(773) %03d-%04d", 200 + Int(random.next() % 800), Int(random.next() % 10_000))
            text += "\(random.pick(BenchRunner.givenNames));\(random.pick(BenchRunner.surnames));\(random.pick(BenchRunner.surnames));"
            text += "\(date);\(phone);persona\(i)@example.org;\(random.pick(states));x\r\n"
        }
        return Array(text.utf8)
    }
}

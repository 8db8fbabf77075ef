import ArgumentParser
import Foundation
import EnlaceCore
import EnlaceStore
import EnlaceTUI

/// `enlace import`: sign-in sheets (CSV) brought in as one batch each, reviewed first.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Imports people from sign-in sheets (CSV) as one batch that can be undone (supervisors).",
        subcommands: [People.self, Undo.self, List.self],
        defaultSubcommand: List.self)

    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reviews a sign-in sheet (CSV) row by row and imports it as one batch.",
            discussion: """
                The sheet may be UTF-8 (with or without BOM) or Windows-1252 as Excel saves it; the separator \
                (comma, semicolon, tab) is guessed. Columns are matched to fields from their headers in Spanish \
                or English ("Nombre", "Apellido paterno", "Teléfono", "Fecha de nacimiento"...); the mapping \
                is printed, can be changed with --map, and is saved for the next sheet with the same headers.

                Every row is checked with the intake's own checks and looked up with the duplicate check. \
                Nothing is written until every row is decided:
                  - rows with errors are skipped (each error is printed with its line);
                  - rows that may be someone already registered wait for a decision;
                  - the rest are new people.
                A supervisor's way through a sheet:
                  1. enlace import people hoja.csv --dry-run                (read the review)
                  2. enlace import people hoja.csv --write-decisions d.txt  (one line per row: nueva / igual ID / omitir)
                  3. edit d.txt, then: enlace import people hoja.csv --decisions d.txt
                or, to import only the rows that match nobody: --new-only.
                "igual ID" (same ID) adds to that record only what it lacks, through the person edit; it changes \
                nothing the record holds. The batch is one transaction; `enlace import undo ID` reverses it while \
                no record it wrote was touched since.
                """)
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(name: .long, help: "Tag the batch with this open event: new people are registered at it and everyone on the sheet is on its attendance.")
        var event: Int64?
        @Option(name: .long, help: "Change the column mapping: \"Header=field,3=field\" (fields: givenNames, firstSurname, secondSurname, fullName, birthDate, approximateAge, sex, phone, email, curp, city, usState, zip, originState, originMunicipality, hometownAssociation, ignore; Spanish words such as telefono or ignorar work).")
        var map: String?
        @Option(name: .long, help: "The separator, when the guess is wrong: comma, semicolon or tab.")
        var separator: String?
        @Flag(name: .long, help: "Print the review and write nothing.") var dryRun = false
        @Flag(name: .long, help: "Import the rows that match nobody as new people; skip rows that may be someone registered.")
        var newOnly = false
        @Option(name: .long, help: "A decisions file (see --write-decisions): one line per sheet line, \"LINE nueva|new\", \"LINE igual|same ID\" or \"LINE omitir|skip\".")
        var decisions: String?
        @Option(name: .customLong("write-decisions"), help: "Write a decisions file with the proposed decision of every row (and the candidates as comments), and nothing else.")
        var writeDecisions: String?

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let lang = s.language
            let sheet = try ImportCLI.readSheet(file, separator: separator, lang)
            var mapping = try s.run { try s.desk.savedImportMapping(headers: sheet.headers) } ?? ImportMapping.guess(headers: sheet.headers)
            if let map { mapping = try ImportCLI.override(mapping, headers: sheet.headers, with: map, lang) }
            let name = (file as NSString).lastPathComponent
            Console.print(ImportDeskText.sheetLine.format(lang, [
                "file": name, "encoding": ImportWording.encoding(sheet.encoding)(lang),
                "separator": ImportWording.separator(sheet.separator)(lang), "rows": "\(sheet.rows.count)"]))
            ImportCLI.printMapping(sheet.headers, mapping, lang)
            if let problem = sheet.check(mapping) {
                Console.error(problem.message(lang))
                throw ExitCode(DeskExit.validation)
            }
            var review = try s.run { try s.desk.reviewImport(sheet, mapping: mapping, by: s.user) }
            if let decisions { try ImportCLI.apply(decisions, to: &review, lang) }
            if newOnly { review.decideUndecided(.skip) }
            ImportCLI.printReview(review, lang)
            Console.print(ImportWording.summary(review, lang))
            if let writeDecisions {
                try ImportCLI.writeDecisions(review, file: name, to: writeDecisions, lang)
                return
            }
            if dryRun {
                Console.print(ImportDeskText.nothingWritten(lang))
                return
            }
            guard let plan = review.plan(fileName: name, eventId: event) else {
                Console.error(ImportDeskText.undecidedLeft.format(lang, ["n": "\(review.undecidedCount)"]))
                throw ExitCode(DeskExit.validation)
            }
            let done = try s.run { try s.desk.commitImport(plan, by: s.user) }
            Console.print(ImportDeskText.committed.format(lang, [
                "id": "\(done.id)", "created": "\(done.created)", "updated": "\(done.updated)", "skipped": "\(done.skipped)"]))
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Undoes an import (supervisors): removes the people it created and what it added to records, unless one of them was touched since (then it says which, and changes nothing).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The import's id (printed when it was made; `enlace import list`).") var id: Int64

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let undone = try s.run { try s.desk.undoImport(id: id, by: s.user) }
            Console.print(ImportDeskText.undone.format(s.language, [
                "id": "\(undone.id)", "removed": "\(undone.removed)", "restored": "\(undone.restored)",
                "attendance": "\(undone.attendanceRemoved)"]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the imports, newest first (supervisors).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var signIn: SignInOptions

        func run() throws {
            let s = try DeskSession.open(options, signIn)
            let list = try s.run { try s.desk.imports(by: s.user) }
            if list.isEmpty { Console.print(ImportDeskText.noImports(s.language)) }
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            for item in list {
                var line = ImportDeskText.listLine.format(s.language, [
                    "id": "\(item.id)", "date": formatter.string(from: item.importedAt), "file": item.fileName,
                    "user": item.importedBy, "created": "\(item.created)", "updated": "\(item.updated)",
                    "skipped": "\(item.skipped)"])
                if item.undoneAt != nil { line += " · " + ImportDeskText.listUndone(s.language) }
                Console.print(line)
            }
        }
    }
}

/// The parts of `enlace import people` that read and print.
enum ImportCLI {
    /// The file read and checked as a sheet; a bad file is one line on stderr (exit 65).
    static func readSheet(_ path: String, separator: String?, _ lang: Language) throws -> ImportSheet {
        var chosen: UInt8?
        if let separator {
            switch NameFolding.searchForm(separator) {
            case "comma", "coma", ",": chosen = UInt8(ascii: ",")
            case "semicolon", "punto y coma", "punto coma", ";": chosen = UInt8(ascii: ";")
            case "tab", "tabulador": chosen = 0x09
            default:
                if separator == ";" { chosen = UInt8(ascii: ";") } else if separator == "," { chosen = UInt8(ascii: ",") } else {
                    Console.error(ImportDeskText.badSeparator.format(lang, ["value": separator]))
                    throw ExitCode(64)
                }
            }
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > ImportSheet.maximumBytes {
            Console.error(SheetProblem.tooLarge(bytes: size).message(lang))
            throw ExitCode(DeskExit.validation)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            Console.error(ImportDeskText.cannotRead.format(lang, ["path": path, "reason": String(cString: strerror(errno))]))
            throw ExitCode(66)
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: ImportSheet.maximumBytes + 1)) ?? Data()
        switch ImportSheet.read([UInt8](data), separator: chosen) {
        case .success(let sheet): return sheet
        case .failure(let problem):
            Console.error(problem.message(lang))
            throw ExitCode(DeskExit.validation)
        }
    }

    /// `--map "Header=field,3=field"` over `mapping`.
    static func override(_ mapping: ImportMapping, headers: [String], with text: String, _ lang: Language) throws -> ImportMapping {
        var mapping = mapping
        let fieldNames = ImportField.allCases.map(\.rawValue).joined(separator: ", ")
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let column: Int? = pieces.count == 2
                ? (Int(pieces[0]).map { $0 - 1 }
                    ?? headers.firstIndex { NameFolding.searchForm($0) == NameFolding.searchForm(pieces[0]) })
                : nil
            guard let column, headers.indices.contains(column), let field = ImportWording.field(named: pieces[1]) else {
                Console.error(ImportDeskText.badMap.format(lang, ["value": String(part), "fields": fieldNames]))
                throw ExitCode(64)
            }
            if field != .ignore {
                for i in mapping.fields.indices where mapping.fields[i] == field { mapping.fields[i] = .ignore }
            }
            mapping.fields[column] = field
        }
        return mapping
    }

    static func printMapping(_ headers: [String], _ mapping: ImportMapping, _ lang: Language) {
        Console.print(ImportDeskText.columnsTitle(lang))
        for (i, header) in headers.enumerated() {
            Console.print(ImportDeskText.columnLine.format(lang, [
                "n": "\(i + 1)", "header": header, "field": mapping.fields[i].label(lang)]))
        }
    }

    /// One block per row that needs a word: errors, candidates side by side, an earlier line.
    static func printReview(_ review: ImportReview, _ lang: Language) {
        for row in review.rows {
            if !row.problems.isEmpty {
                Console.print(ImportDeskText.rowProblems.format(lang, ["line": "\(row.line)", "problems": ImportWording.problems(row, lang)]))
            } else if !row.candidates.isEmpty {
                Console.print(ImportDeskText.rowCandidates.format(lang, ["line": "\(row.line)", "row": ImportWording.row(row.draft)]))
                for (n, c) in row.candidates.enumerated() {
                    var reasons = ImportWording.reasons(c.candidate, lang)
                    if !c.adds.isEmpty {
                        reasons += " · " + ImportDeskText.wouldAdd.format(lang, ["fields": ImportWording.fields(c.adds, lang)])
                    }
                    Console.print(ImportDeskText.candidateLine.format(lang, [
                        "n": "\(n + 1)", "id": "\(c.candidate.personId)", "name": c.candidate.listName,
                        "details": ImportWording.record(c.record), "reasons": reasons]))
                }
            } else if let other = row.sameAsLine {
                Console.print(ImportDeskText.rowSameAsLine.format(lang, [
                    "line": "\(row.line)", "other": "\(other)", "row": ImportWording.row(row.draft)]))
            }
        }
    }

    /// Reads a decisions file into the review; a line it cannot read, or a decision the row
    /// cannot take, is one message and exit 65.
    static func apply(_ path: String, to review: inout ImportReview, _ lang: Language) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            Console.error(ImportDeskText.cannotRead.format(lang, ["path": path, "reason": String(cString: strerror(errno))]))
            throw ExitCode(66)
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let words = content.split(whereSeparator: { $0.isWhitespace }).map { NameFolding.searchForm(String($0)) }
            if words.isEmpty { continue }
            func bad() -> ExitCode {
                Console.error(ImportDeskText.decisionsBad.format(lang, ["path": path, "n": "\(n + 1)", "value": content.trimmingCharacters(in: .whitespaces)]))
                return ExitCode(DeskExit.validation)
            }
            guard let line = Int(words[0]), words.count >= 2 else { throw bad() }
            let decision: ImportDecision?
            switch words[1] {
            case "nueva", "nuevo", "new": decision = .new
            case "omitir", "skip": decision = .skip
            case "igual", "same":
                guard words.count == 3, let id = Int64(words[2]) else { throw bad() }
                decision = .same(personId: id)
            case "?", "por": decision = nil
            default: throw bad()
            }
            guard let decision else { continue }
            if !review.decide(line: line, decision) {
                Console.error(ImportDeskText.decisionsUndecided.format(lang, ["line": "\(line)"]))
                throw ExitCode(DeskExit.validation)
            }
        }
    }

    static func writeDecisions(_ review: ImportReview, file: String, to path: String, _ lang: Language) throws {
        var lines = [ImportDeskText.decisionsHeader.format(lang, ["file": file]), ImportDeskText.decisionsHelp(lang)]
        for row in review.rows {
            var line = "\(row.line) " + (row.decision == nil ? "?" : ImportWording.decision(row.decision, lang))
            var notes: [String] = [ImportWording.row(row.draft)]
            if !row.problems.isEmpty { notes.append(ImportWording.problems(row, lang)) }
            for c in row.candidates {
                notes.append("\(ImportDeskText.decisionSame(lang)) \(c.candidate.personId): \(c.candidate.listName) (\(ImportWording.record(c.record))) — \(ImportWording.reasons(c.candidate, lang))")
            }
            if let other = row.sameAsLine {
                notes.append(ImportDeskText.rowSameAsLine.format(lang, ["line": "\(row.line)", "other": "\(other)", "row": ""]))
            }
            line += "    # " + notes.joined(separator: " | ").replacingOccurrences(of: "\n", with: " ")
            lines.append(line)
        }
        do {
            // It names people: only the supervisor may read it (0600), as other exports.
            try PrivateFile.write(lines.joined(separator: "\n") + "\n", to: URL(fileURLWithPath: path))
        } catch {
            Console.error(PersonCLIText.cannotWrite.format(lang, ["path": path, "reason": error.localizedDescription]))
            throw ExitCode(73)
        }
        Console.print(ImportDeskText.decisionsWritten.format(lang, ["path": path]))
    }
}

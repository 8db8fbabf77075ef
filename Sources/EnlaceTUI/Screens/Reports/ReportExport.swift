import Foundation
import EnlaceCore
import EnlaceStore

/// Writing a report table to a file in the output folder (a private folder next to the
/// database): CSV (optionally with a byte order mark) or JSON, readable by its owner only
/// (mode 0600, as slips); the message line says where it went.
enum ReportExport {
    enum Format: Sendable {
        case csv(byteOrderMark: Bool)
        case json

        var fileExtension: String {
            if case .json = self { return "json" }
            return "csv"
        }
    }

    /// `informe-services-20261121-0930.csv`: the report's id and when it was made (UTC).
    static func fileName(_ stem: String, _ format: Format, now: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return "\(stem)-\(f.string(from: now)).\(format.fileExtension)"
    }

    static func text(_ table: ReportTable, _ format: Format, language: Language) throws -> String {
        switch format {
        case .csv(let bom): return CSVReportWriter.csv(table, language: language, byteOrderMark: bom)
        case .json: return try JSONReportWriter.json(table, language: language)
        }
    }

    /// Reads the table in a task, writes it, and says where (or why not) with `saved` ({file}
    /// first, as a narrow message line cuts the end; {folder}; {n}: the rows written).
    static func run(_ name: String, stem: String, _ format: Format, language: Language, saved: LocalizedText,
                    table: @escaping @Sendable (DeskContext) throws -> ReportTable) -> Effect {
        .run(name) { ctx in
            let t = try table(ctx)
            let url = ctx.outputDirectory.appendingPathComponent(fileName(stem, format, now: ctx.now))
            do {
                try PrivateFile.write(try text(t, format, language: language), to: url)
            } catch {
                let reason = (error as? PrivateFile.Failure).map { String(cString: strerror($0.errno)) } ?? "\(error)"
                return StateChange { state in
                    state.message = StatusMessage(ReportsText.notWritten.format(state.language, ["path": url.path, "reason": reason]),
                                                  role: .error)
                    return []
                }
            }
            let point = try ctx.desk.auditCheckpoint()
            return StateChange { state in
                state.say(AuditChainText.withCheckpoint(saved.filling(["file": .plain(url.lastPathComponent),
                                                                        "folder": .plain(url.deletingLastPathComponent().path),
                                                                        "n": .plain(String(t.rows.count))]), point), .success)
                return []
            }
        }
    }
}

import ArgumentParser
import EnlaceCore
import EnlaceStore
import Foundation

/// `enlace audit`: the trail (`list`, the default) and the proof of its chain (`verify`).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit trail (supervisors; admins see non-case rows) and the check of its hash chain.",
        subcommands: [AuditListCommand.self, AuditVerifyCommand.self],
        defaultSubcommand: AuditListCommand.self)
}

/// `enlace audit [list]`: the audit trail, tab-separated, newest first.
struct AuditListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Prints the audit trail, tab-separated, newest first (supervisors; admins see non-case rows).",
        discussion: "Columns: id, time (UTC, ISO 8601), actor, entity, entity id, action, from, to, reason, changed fields.")

    @OptionGroup var options: GlobalOptions
    @Option(name: .long, help: "Sign in as this user.") var user: String?
    @Option(name: .customLong("case"), help: "Only this case (number or id).") var caseRef: String?
    @Option(name: .long, help: "How many rows (1 to 10000).") var limit: Int = 100

    func run() throws {
        let session = try Session(options, user: user)
        let caseId = try caseRef.map { try session.caseId($0) }
        let rows = try StoreExit.run(session.language) {
            try session.desk.auditTrail(caseId: caseId, limit: limit, by: session.user)
        }
        func clean(_ s: String?) -> String {
            (s ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        for r in rows {
            Console.print([String(r.id), CLITime.iso(r.at), clean(r.actorName), r.entity,
                           r.entityId.map(String.init) ?? "", r.action, clean(r.from), clean(r.to),
                           clean(r.reason), clean(r.changedFields)].joined(separator: "\t"))
        }
    }
}

/// `enlace audit verify [--checkpoint ID:HASH]…`: walks the hash chain and names the first
/// row that does not hold. Exit 0 intact, 1 a break found, 65 a checkpoint that cannot be read.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Checks the audit log's hash chain (supervisors and admins) and names the first row edited, deleted, inserted or out of order; with --checkpoint (printed on reports and exports), also a log rewritten from the start or cut after it. Exit 0 intact, 1 a break.",
        discussion: "Prints the last row as a checkpoint to keep (ID:HASH). Reads ids and hashes only; no content.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var signIn: SignInOptions
    @Option(name: .long, help: "A checkpoint ID:HASH (the hash in full or its first 8+ hex digits); repeatable.")
    var checkpoint: [String] = []

    func run() throws {
        let language = ArgumentErrors.language()
        var points: [AuditCheckpoint] = []
        for text in checkpoint {
            guard let point = AuditCheckpoint.parse(text) else {
                Console.error(AuditChainText.badCheckpoint.format(language, ["value": text]))
                throw ExitCode(DeskExit.validation)
            }
            points.append(point)
        }
        let s = try DeskSession.open(options, signIn)
        let started = Date()
        let result = try s.run { try s.desk.verifyAudit(checkpoints: points, by: s.user) }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        if let problem = result.firstBreak {
            Console.print(problem.text(s.language))
            throw ExitCode(1)
        }
        guard let head = result.head else {
            Console.print(AuditChainText.intactEmpty(s.language))
            return
        }
        Console.print(AuditChainText.intact.format(s.language, ["n": String(result.rows), "seconds": seconds]))
        for point in result.held {
            Console.print(AuditChainText.checkpointHeld.format(s.language, ["checkpoint": point.argument]))
        }
        Console.print(AuditChainText.checkpointLabel.format(s.language, ["checkpoint": head.argument]))
    }
}

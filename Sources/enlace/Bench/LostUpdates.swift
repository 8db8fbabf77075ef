import Foundation
import EnlaceCore
import EnlaceStore

struct LostUpdatesResult: Encodable {
    var processes = 0
    var editsEach = 0
    /// Edits a process reported done (exit 0, the new version printed).
    var applied = 0
    /// Edits refused because the case had changed since the version read (exit 75).
    var conflicts = 0
    /// Exits other than 0 and 75.
    var errors = 0
    var initialVersion = 0
    var finalVersion = 0
    /// The case's priority changes in its audit trail.
    var auditRows = 0
    /// Applied edits the case does not show: finalVersion - initialVersion short of applied,
    /// or audit rows short of applied.
    var lost = 0
    /// Edits that did not start from the value before them (an audit row whose old priority
    /// is not the previous row's new one), or two processes told they made the same version.
    var overwrites = 0
    var problems: [String] = []
}

/// Processes editing one case at once, each with the version it read: the priority goes back
/// and forth (its value follows from the version, so an edit from a stale version is both a
/// conflict and, were it let through, a visible overwrite). Every edit is retried on conflict
/// until each process has made its share.
enum LostUpdates {
    /// What the processes tell the bench, kept under a lock.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var result = LostUpdatesResult()
        private(set) var versions: [Int] = []

        func update(_ body: (inout LostUpdatesResult, inout [Int]) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            body(&result, &versions)
        }
    }

    static func run(_ fixture: FaultFixture, processes: Int, edits: Int) throws -> LostUpdatesResult {
        let opened = try fixture.openCase("Versiones")
        let desk = fixture.desk, supervisor = fixture.supervisor
        let initial = try desk.caseVersion(id: opened.id, by: supervisor)
        let tally = Tally()
        tally.update { r, _ in
            r.processes = processes
            r.editsEach = edits
            r.initialVersion = initial
        }
        // The priority at version v: normal at the start, then high, normal, high...
        @Sendable func priority(at version: Int) -> CasePriority { (version - initial) % 2 == 0 ? .normal : .high }

        DispatchQueue.concurrentPerform(iterations: processes) { _ in
            var done = 0, failures = 0
            while done < edits && failures < 20 {
                do {
                    let read = try desk.caseVersion(id: opened.id, by: supervisor)
                    let ending = try fixture.run(["case", "priority", opened.number, "--user", "maria",
                                                  "--to", priority(at: read + 1).rawValue, "--version", String(read)])
                    switch ending.status {
                    case 0:
                        let printed = ending.output.firstMatch(of: /\((?:version|versión) (\d+)\)/).flatMap { Int($0.1) }
                        done += 1
                        tally.update { r, versions in
                            r.applied += 1
                            versions.append(printed ?? -1)
                            if printed != read + 1 {
                                r.problems.append("read \(read), printed \(printed.map(String.init) ?? "nothing"): \(ending.output.trimmed)")
                            }
                        }
                    case 75:
                        tally.update { r, _ in r.conflicts += 1 }
                    default:
                        failures += 1
                        tally.update { r, _ in
                            r.errors += 1
                            if r.problems.count < 20 {
                                r.problems.append("exit \(ending.status.map(String.init) ?? "signal \(ending.signal ?? 0)"): \(ending.error.trimmed)")
                            }
                        }
                    }
                } catch {
                    failures += 1
                    tally.update { r, _ in
                        r.errors += 1
                        r.problems.append("\(error)")
                    }
                }
            }
        }

        var result = tally.result
        result.finalVersion = try desk.caseVersion(id: opened.id, by: supervisor)
        let rows = try desk.auditTrail(caseId: opened.id, limit: 10_000, by: supervisor)
            .filter { $0.action == "changePriority" }.sorted { $0.id < $1.id }
        result.auditRows = rows.count
        result.lost = max(0, result.applied - (result.finalVersion - initial)) + max(0, result.applied - rows.count)
        var previous = CasePriority.normal.rawValue
        for row in rows {
            let change = priorityChange(row.changedFields)
            if change?.old != previous {
                result.overwrites += 1
                if result.problems.count < 20 {
                    result.problems.append("audit row \(row.id): \(row.changedFields ?? "") after \(previous)")
                }
            }
            previous = change?.new ?? previous
        }
        let versions = tally.versions
        result.overwrites += versions.count - Set(versions).count
        return result
    }

    /// ("normal", "high") from `{"priority":["normal","high"]}`.
    static func priorityChange(_ json: String?) -> (old: String, new: String)? {
        guard let data = json?.data(using: .utf8),
              let fields = try? JSONSerialization.jsonObject(with: data) as? [String: [String]],
              let pair = fields["priority"], pair.count == 2 else { return nil }
        return (pair[0], pair[1])
    }
}

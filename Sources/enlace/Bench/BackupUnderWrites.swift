import Foundation
import EnlaceCore
import EnlaceStore

struct BackupUnderWritesResult: Encodable {
    var writers = 4
    /// Writes the processes reported done before the backup began (each one must be in it).
    var writesBefore = 0
    /// Writes reported while the backup process ran (in it or not, depending on the moment).
    var writesDuring = 0
    /// Writes reported after the backup ended.
    var writesAfter = 0
    /// Writer processes that failed (exit other than 0).
    var errors = 0
    /// How long `enlace backup` took, start to exit, and the file it wrote.
    var backupMilliseconds = 0
    var backupBytes: Int64 = 0
    /// `enlace restore` of the backup onto the database this bench holds open: refused (75).
    var restoreInUseRefused = false
    /// `enlace restore` of the backup into a new file: exit status, and that file's check.
    var restoreStatus = -1
    var restoredIntegrity = ""
    /// Writes reported before the backup began that the restored file lacks.
    var lostBefore = 0
    /// Writes of the during and after sets found in the restored file.
    var duringFound = 0
    var afterFound = 0
    var problems: [String] = []
    var passed = false

    func judged() -> BackupUnderWritesResult {
        var r = self
        r.passed = r.isPassing
        return r
    }

    private var isPassing: Bool {
        errors == 0 && lostBefore == 0 && restoreStatus == 0 && restoreInUseRefused
            && restoredIntegrity == "ok" && writesBefore >= writers && writesAfter >= writers
    }

    mutating func problem(_ line: String) {
        if problems.count < 20 { problems.append(line) }
    }
}

/// Four writer processes (intake, note, referral sent, follow-up scheduled: one kind each)
/// write in a loop; meanwhile `enlace backup` runs as its own process. Then the backup is
/// restored with `enlace restore` (first onto the live database, which is refused while this
/// process has it open; then into a new file), and every write reported before the backup
/// began is looked for in the restored file.
enum BackupUnderWrites {
    /// Confirmed writes and when each was reported, under a lock.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [(at: UInt64, write: KillRounds.Confirmed)] = []
        private var failures: [String] = []
        private var stopped = false

        func add(_ write: KillRounds.Confirmed) {
            lock.lock(); defer { lock.unlock() }
            entries.append((DispatchTime.now().uptimeNanoseconds, write))
        }

        func fail(_ line: String) {
            lock.lock(); defer { lock.unlock() }
            failures.append(line)
        }

        var count: Int { lock.lock(); defer { lock.unlock() }; return entries.count }
        var snapshot: ([(at: UInt64, write: KillRounds.Confirmed)], [String]) {
            lock.lock(); defer { lock.unlock() }
            return (entries, failures)
        }
        var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }
        func stop() { lock.lock(); stopped = true; lock.unlock() }
    }

    static func run(_ fixture: FaultFixture) throws -> BackupUnderWritesResult {
        var result = BackupUnderWritesResult()
        let noteCase = try fixture.openCase("Notas")
        let referralCase = try fixture.openCase("Canalizaciones")
        let followUpCase = try fixture.openCase("Seguimientos")
        let log = Log()
        let group = DispatchGroup()
        for slot in 0..<result.writers {
            group.enter()
            // Threads of their own: each mostly waits for its child process.
            Thread {
                defer { group.leave() }
                var n = 0
                while !log.isStopped && n < 500 {
                    n += 1
                    let w = KillRounds.writer(tag: "backup-\(slot)-\(n)", surname: "B\(slot)N\(n)", kind: UInt64(slot),
                                              noteCase: noteCase, referralCase: referralCase, followUpCase: followUpCase)
                    do {
                        let ending = try fixture.run(w.arguments)
                        if ending.status == 0, let c = w.confirmed(ending.output) {
                            log.add(c)
                        } else {
                            log.fail("\(w.arguments[0]): exit \(ending.status ?? -1): \(ending.error.trimmed)")
                        }
                    } catch {
                        log.fail("\(error)")
                    }
                }
            }.start()
        }
        func waitFor(_ count: Int) {
            let deadline = Date().addingTimeInterval(120)
            while log.count < count && Date() < deadline && log.snapshot.1.count < 20 { usleep(20_000) }
        }
        waitFor(2 * result.writers)

        let backupPath = fixture.folder + "/during-writes.sqlite"
        let start = DispatchTime.now().uptimeNanoseconds
        let backup = try fixture.run(["backup", "--user", "admin", "--to", backupPath])
        let end = DispatchTime.now().uptimeNanoseconds
        result.backupMilliseconds = Int((end - start) / 1_000_000)
        if backup.status != 0 { result.problem("backup: exit \(backup.status ?? -1): \(backup.error.trimmed)") }
        result.backupBytes = (try? FileManager.default.attributesOfItem(atPath: backupPath)[.size] as? Int64) ?? 0

        let during = log.count
        waitFor(during + 2 * result.writers)
        log.stop()
        group.wait()

        let (entries, failures) = log.snapshot
        result.errors = failures.count
        failures.prefix(10).forEach { result.problem($0) }
        let before = entries.filter { $0.at < start }, after = entries.filter { $0.at > end }
        result.writesBefore = before.count
        result.writesAfter = after.count
        result.writesDuring = entries.count - before.count - after.count

        // The live database is open in this process: a restore onto it is refused.
        let inUse = try fixture.run(["restore", backupPath])
        result.restoreInUseRefused = inUse.status == 75
        if inUse.status != 75 { result.problem("restore onto the open database: exit \(inUse.status ?? -1)") }

        let restoredPath = fixture.folder + "/restored/enlace.sqlite"
        let restore = try ChildProcess.run(fixture.binary, ["restore", backupPath, "--db", restoredPath],
                                           environment: fixture.environment, folder: fixture.folder)
        result.restoreStatus = Int(restore.status ?? -1)
        if restore.status != 0 { result.problem("restore: \(restore.error.trimmed)") }
        guard restore.status == 0 else { return result.judged() }
        let restored = try CaseDesk.open(path: restoredPath, create: false, passwordCost: PasswordCost(logN: 8))
        let problems = try restored.integrityProblems()
        result.restoredIntegrity = problems.isEmpty ? "ok" : problems.joined(separator: "; ")
        let supervisor = try restored.authenticate(username: "maria", password: DemoData.password)
        for entry in entries {
            let found = try KillRounds.isPresent(entry.write, desk: restored, supervisor: supervisor)
            if entry.at < start {
                if !found {
                    result.lostBefore += 1
                    result.problem("missing from the restored backup: \(entry.write)")
                }
            } else if entry.at > end {
                if found { result.afterFound += 1 }
            } else if found {
                result.duringFound += 1
            }
        }
        return result.judged()
    }
}

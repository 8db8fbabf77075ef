import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct ConcurrencyTests {
    static let childDatabase = ProcessInfo.processInfo.environment["ENLACE_CHILD_WRITER_DB"]

    @Test func twoDesksWriteOneFileAtOnce() async throws {
        let folder = TempFolder()
        let path = folder.file("two.sqlite")
        let a = try openDesk(path), b = try openDesk(path)
        let admin = try a.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        _ = try b.authenticate(username: "admin", password: "secreto-123")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, desk) in [("a", a), ("b", b)] {
                group.addTask {
                    for i in 0..<15 {
                        _ = try desk.createUser(by: admin, username: "\(name)\(i)", displayName: "U \(name)\(i)",
                                                role: .caseworker, password: "secreto-123")
                    }
                }
            }
            try await group.waitForAll()
        }
        try await a.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM users") == 31)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'create'") == 31)
        }
    }

    /// Runs only inside the child process started by `writerKilledMidStreamLosesNothing`.
    @Test(.enabled(if: childDatabase != nil)) func childWriter() throws {
        let desk = try openDesk(Self.childDatabase!, create: false)
        let admin = try desk.authenticate(username: "admin", password: "secreto-123")
        for i in 0..<1_000_000 {
            _ = try desk.createUser(by: admin, username: "w\(i)", displayName: "Writer \(i)",
                                    role: .volunteer, password: "secreto-123")
            FileHandle.standardOutput.write(Data("committed \(i)\n".utf8))
        }
    }

    @Test(.enabled(if: childDatabase == nil)) func writerKilledMidStreamLosesNothing() throws {
        let folder = TempFolder()
        let path = folder.file("killed.sqlite")
        do {
            let desk = try openDesk(path)
            _ = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--testing-library", "swift-testing", "--filter", "childWriter"]
        var environment = ProcessInfo.processInfo.environment
        environment["ENLACE_CHILD_WRITER_DB"] = path
        child.environment = environment
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        var lastCommitted = -1
        var buffer = ""
        let deadline = Date().addingTimeInterval(120)
        while lastCommitted < 40 && Date() < deadline && child.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            buffer += String(decoding: data, as: UTF8.self)
            for line in buffer.split(separator: "\n") where line.hasPrefix("committed ") {
                lastCommitted = max(lastCommitted, Int(line.dropFirst(10)) ?? -1)
            }
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(lastCommitted >= 40, "child wrote \(lastCommitted)")

        let desk = try openDesk(path, create: false)
        try desk.pool.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let users = try Int.fetchOne(db, sql: "SELECT count(*) FROM users WHERE username LIKE 'w%'")!
            #expect(users >= lastCommitted + 1)  // everything reported committed is there
            let audits = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'create'")!
            #expect(audits == users + 1)  // and each with its audit row, nothing half-written
        }
        #expect(try desk.authenticate(username: "w\(lastCommitted)", password: "secreto-123").role == .volunteer)
    }
}

import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// A demo database (real SQLite file) shared by the screen tests of one suite, and runtimes
/// signed in as any demo role. Each call to `make` can seed its own file when a test changes
/// data and must not disturb others.
struct ScreenFixture: Sendable {
    let path: String
    let logins: [DemoLogin]
    /// The desk the demo was seeded with: its data key is open (the demo's first admin was
    /// made on it), so tests read and write through it as any signed-in desk would.
    let seeded: CaseDesk

    /// The instant every screen test runs at, whatever the day it runs: Wednesday 2 December
    /// 2026, 11:00 in Chicago (17:00 UTC), a working day in the US and in Mexico, and the same
    /// calendar day in UTC and in Chicago. The demo data is seeded at it and the runtime's store
    /// writes at it, so ages, due dates, "today" and the title bar's clock never move.
    static let now = Date(timeIntervalSince1970: 1_796_230_800)
    static let chicago = TimeZone(identifier: "America/Chicago")!
    /// The store's clock, stopped at `now`.
    static let clock = StoreClock { ScreenFixture.now }

    static func make(people: Int = 400, seed: UInt64 = 7, name: String = "screens") -> ScreenFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(name).sqlite").path
        let desk = try! CaseDesk.open(path: path, create: true, clock: clock)
        let logins = try! DemoData.seed(into: desk, people: people, seed: seed)
        return ScreenFixture(path: path, logins: logins, seeded: desk)
    }

    /// A desk on the file with its keys open (the seeding desk); `freshDesk()` is another
    /// terminal, whose keys open when someone signs in on it.
    func desk() throws -> CaseDesk { seeded }

    func freshDesk() throws -> CaseDesk { try CaseDesk.open(path: path, create: false, clock: Self.clock) }

    /// The demo account of `role`, signed in on `desk` (a new desk when nil): signing in is
    /// what opens the data key in that desk.
    func user(_ role: Role, on desk: CaseDesk? = nil) throws -> UserAccount {
        let login = try #require(logins.first { $0.role == role })
        return try (desk ?? self.desk()).authenticate(username: login.username, password: login.password)
    }

    func user(named username: String, on desk: CaseDesk? = nil) throws -> UserAccount {
        let login = try #require(logins.first { $0.username == username })
        return try (desk ?? self.desk()).authenticate(username: login.username, password: login.password)
    }

    /// A runtime on this file, signed in as `role` (or the demo user `username`), at a size.
    func runtime(role: Role = .caseworker, username: String? = nil, width: Int = 80, height: Int = 24,
                 language: Language = .es, now: Date = ScreenFixture.now) throws -> AppRuntime {
        let desk = try freshDesk()
        let account = try username.map { try user(named: $0, on: desk) } ?? user(role, on: desk)
        let state = AppState(language: language, width: width, height: height, user: account,
                             organization: try desk.organizationName(), now: now, timeZone: Self.chicago)
        let output = URL(fileURLWithPath: path).deletingLastPathComponent()
        return AppRuntime(desk: desk, state: state, outputDirectory: output)
    }
}

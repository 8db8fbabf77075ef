import Foundation
import Testing

/// `enlace seed` and `enlace bench` run as a person would run them.
struct BenchCLITests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func env(_ dir: URL) -> [String: String] {
        ["LANG": "C.UTF-8", "HOME": dir.path, "XDG_DATA_HOME": dir.path, "XDG_CONFIG_HOME": dir.path, "PATH": "/usr/bin:/bin"]
    }

    @Test func benchPrintsEveryOperationAsJSON() throws {
        let dir = try folder()
        let db = dir.appendingPathComponent("bench.sqlite").path
        let r = try runEnlace(["bench", "--people", "300", "--samples", "7", "--db", db, "--json"], environment: env(dir))
        #expect(r.status == 0, "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let size = try #require(json["size"] as? [String: Any])
        #expect((size["people"] as? Int ?? 0) >= 300)
        #expect((size["cases"] as? Int ?? 0) > 300)
        #expect(json["seedSeconds"] is Double)
        let ops = try #require(json["operations"] as? [[String: Any]])
        let names = Set(ops.compactMap { $0["name"] as? String })
        for expected in ["intake.registerAndOpen", "caseList.firstPage", "caseList.filter.surname",
                         "search.caseworkerScope", "search.auditShown", "dupes.candidates",
                         "queue.myCases", "queue.followUps.teamOverdue", "queue.referralsAwaitingResponse",
                         "counts.openByStatusAndAge", "counts.overdueByCaseworker"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        for op in ops {
            let p50 = op["p50Milliseconds"] as? Double ?? -1, p99 = op["p99Milliseconds"] as? Double ?? -1
            #expect(p50 > 0 && p99 >= p50, "\(op)")
        }
        #expect(ops.first { $0["name"] as? String == "intake.registerAndOpen" }?["samples"] as? Int == 7)
        // Every search kind beside its raw query, with both figures and their ratio.
        let search = try #require(json["search"] as? [[String: Any]])
        let kinds = search.compactMap { $0["kind"] as? String }
        #expect(Set(kinds).isSuperset(of: ["givenName", "surname", "givenAndSurname", "soundAlike",
                                            "partial", "phoneDigits", "phone", "caseNumber"]), "\(kinds)")
        for pair in search {
            let ours = pair["search"] as? [String: Any], raw = pair["raw"] as? [String: Any]
            #expect((ours?["p50Milliseconds"] as? Double ?? 0) > 0, "\(pair)")
            #expect((raw?["p50Milliseconds"] as? Double ?? 0) > 0, "\(pair)")
            #expect((pair["ratioP50"] as? Double ?? 0) > 0, "\(pair)")
        }
        // A second run reuses the database: no seeding time, and the intakes of the first run are there.
        let again = try runEnlace(["bench", "--people", "300", "--samples", "3", "--db", db, "--json"], environment: env(dir))
        let json2 = try #require(try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any])
        #expect(json2["seedSeconds"] == nil)
        // Three intakes, and the two people of the case-screen pair (sealed and in clear).
        #expect(((json2["size"] as? [String: Any])?["people"] as? Int ?? 0) == (size["people"] as? Int ?? 0) + 3 + 2)
    }

    @Test func severalSizesInOneRunShowTheGrowth() throws {
        let dir = try folder()
        let r = try runEnlace(["bench", "--people", "120,240", "--samples", "5", "--search-only",
                               "--dir", dir.path, "--lang", "en"], environment: env(dir))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Growth"), "\(r.out)")
        #expect(r.out.contains("soundAlike"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("enlace-bench-120.sqlite").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("enlace-bench-240.sqlite").path))
        let bad = try runEnlace(["bench", "--people", "10,x", "--lang", "en"], environment: env(dir))
        #expect(bad.status == 64)
        #expect(bad.err.contains("positive numbers"))
    }

    @Test func seedNeedsADatabasePathAndPrintsTheLogins() throws {
        let dir = try folder()
        let missing = try runEnlace(["seed", "--people", "10"], environment: env(dir))
        #expect(missing.status == 64)
        #expect(missing.err.contains("--db"))
        let db = dir.appendingPathComponent("seed.sqlite").path
        let r = try runEnlace(["seed", "--people", "50", "--db", db, "--lang", "en"], environment: env(dir))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("50 people"))
        #expect(r.out.contains("maria / enlace-demo-1"))
        // Seeding again is refused with a clear message, not a trace.
        let twice = try runEnlace(["seed", "--people", "50", "--db", db], environment: env(dir))
        #expect(twice.status != 0)
        #expect(!twice.err.isEmpty && !twice.err.contains("Fatal error"))
    }
}

import EnlaceCore
import Foundation
import GRDB
@testable import EnlaceStore

/// A real person of a seeded database, for benchmarks that must look for people who exist.
struct BenchSample: Sendable {
    let id: Int64
    let given: String
    let first: String
    let second: String
    let birth: String?
    let phone: String?
    let curp: String?
    let caseNumber: String?
    let document: String?
    /// The name typed without accents, with one sound-alike change (v->b, z->s, ll->y, h dropped).
    var phoneticVariant: String {
        var text = NameFolding.searchForm("\(given) \(first) \(second)")
        for (a, b) in [("v", "b"), ("z", "s"), ("ll", "y"), ("h", ""), ("ce", "se"), ("ge", "je")] {
            if text.contains(a) { text = text.replacingOccurrences(of: a, with: b); break }
        }
        return text
    }
}

extension CaseDesk {
    /// `count` people spread evenly over the id range, with an identifier of each kind where
    /// they have one. Benchmarks only.
    func sampleForBenchmark(count: Int) throws -> [BenchSample] {
        try read { db in
            let maxId = try Int64.fetchOne(db, sql: "SELECT max(id) FROM people") ?? 0
            var result: [BenchSample] = []
            let step = max(1, maxId / Int64(count))
            var id: Int64 = 1
            while id <= maxId, result.count < count {
                if let row = try Row.fetchOne(db, sql: """
                    SELECT p.id, p.given_names, p.first_surname, p.second_surname, p.birth_date, p.curp,
                           (SELECT e164 FROM phones WHERE person_id = p.id LIMIT 1) AS phone,
                           (SELECT number FROM cases WHERE person_id = p.id LIMIT 1) AS case_number,
                           (SELECT number FROM person_documents WHERE person_id = p.id LIMIT 1) AS document
                    FROM people p WHERE p.id >= ? ORDER BY p.id LIMIT 1
                    """, arguments: [id]) {
                    result.append(BenchSample(
                        id: row["id"], given: row["given_names"], first: row["first_surname"] ?? "",
                        second: row["second_surname"] ?? "", birth: row["birth_date"],
                        phone: (row["phone"] as String?).flatMap { PhoneNumber(e164: $0)?.localFormat },
                        curp: row["curp"], caseNumber: row["case_number"], document: row["document"]))
                }
                id += step
            }
            return result
        }
    }

    func peopleCountForBenchmark() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM people") ?? 0 }
    }
}

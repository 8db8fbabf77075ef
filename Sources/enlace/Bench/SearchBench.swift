import Foundation
import EnlaceCore
import EnlaceStore

/// Every search kind beside the raw query a hand-written search would run on the same file
/// (`RawSearch`: the plain prefix MATCH of the typed words; for nicknames and sound-alikes,
/// the same with the `nick` or `sounds` terms as alternatives; for phone digits and case
/// numbers, the index range or row), from queries drawn from people in the file: the yardstick of the issue
/// "Search and intake at the floor" (goal: within 2× at p50 and p99).
///
/// `search` here is `CaseDesk.searchPage`, what the search screen waits for before it draws;
/// the audit row of a page shown is appended after the draw and measured on its own line
/// (`search.auditShown`). `find` on the command line does both in one call.
struct SearchBench {
    let desk: CaseDesk
    let actor: UserAccount
    let samples: Int
    let seed: UInt64

    /// One kind's figures: the search and the raw query, and their ratios.
    struct Pair: Codable {
        var kind: String
        var search: LatencySummary
        var raw: LatencySummary
        var ratioP50: Double { raw.p50Milliseconds > 0 ? search.p50Milliseconds / raw.p50Milliseconds : 0 }
        var ratioP99: Double { raw.p99Milliseconds > 0 ? search.p99Milliseconds / raw.p99Milliseconds : 0 }

        enum CodingKeys: String, CodingKey { case kind, search, raw, ratioP50, ratioP99 }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(search, forKey: .search)
            try c.encode(raw, forKey: .raw)
            try c.encode((ratioP50 * 100).rounded() / 100, forKey: .ratioP50)
            try c.encode((ratioP99 * 100).rounded() / 100, forKey: .ratioP99)
        }
        init(kind: String, search: LatencySummary, raw: LatencySummary) {
            self.kind = kind; self.search = search; self.raw = raw
        }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kind = try c.decode(String.self, forKey: .kind)
            search = try c.decode(LatencySummary.self, forKey: .search)
            raw = try c.decode(LatencySummary.self, forKey: .raw)
        }
    }

    /// The queries of each kind, one per person drawn (kinds a person cannot give are skipped).
    static func queries(_ people: [BenchPerson]) -> [(kind: String, queries: [(typed: String, raw: RawSearch)])] {
        func first(_ text: String) -> String { text.split(separator: " ").first.map(String.init) ?? text }
        func named(_ typed: String) -> (String, RawSearch)? {
            RawSearch.prefixMatch(typed).map { (typed, $0) }
        }
        func nicknamed(_ typed: String) -> (String, RawSearch)? {
            RawSearch.nicknameMatch(typed).map { (typed, $0) }
        }
        func sounding(_ typed: String) -> (String, RawSearch)? {
            RawSearch.soundMatch(typed).map { (typed, $0) }
        }
        let kinds: [(String, (Int, BenchPerson) -> (String, RawSearch)?)] = [
            ("givenName", { _, p in named(first(p.givenNames)) }),
            ("surname", { _, p in named(p.firstSurname) }),
            ("givenAndSurname", { _, p in named(first(p.givenNames) + " " + p.firstSurname) }),
            ("fullNameUnaccented", { _, p in
                named(NameFolding.searchForm(p.givenNames + " " + p.firstSurname + " " + p.secondSurname)) }),
            ("nickname", { _, p in
                NameNicknames.nicknames(of: first(p.givenNames)).first.flatMap { nicknamed($0 + " " + p.firstSurname) } }),
            ("soundAlike", { i, p in misspelled(p.firstSurname, i).flatMap(sounding) }),
            ("partial", { i, p in
                named(first(p.givenNames) + " " + p.firstSurname + " " + ["Zamudio", "Ochoa", "Ibarra"][i % 3]) }),
            ("phoneDigits", { _, p in p.phoneDigits.map { d in (String(d.suffix(4)), RawSearch.phoneSuffix(String(d.suffix(4)))) } }),
            ("phone", { _, p in p.phoneDigits.map { ($0, RawSearch.phoneSuffix($0)) } }),
            ("caseNumber", { _, p in p.caseNumber.map { ($0, RawSearch.caseNumber($0)) } }),
        ]
        return kinds.map { kind, make in
            (kind, people.enumerated().compactMap { i, p in make(i, p) })
        }
    }

    /// A surname as typed by ear: the first of the usual respellings (taken in turn) that
    /// changes it ("Rodríguez" -> "rodriges", "Villanueva" -> "bilanueva", "Juárez" -> "huarez").
    static func misspelled(_ surname: String, _ turn: Int) -> String? {
        let word = NameFolding.searchForm(surname).replacingOccurrences(of: " ", with: "")
        let rules: [(String) -> String] = [
            { $0.hasSuffix("guez") ? String($0.dropLast(4)) + "ges" : $0 },
            { $0.replacingOccurrences(of: "z", with: "s") },
            { $0.replacingOccurrences(of: "v", with: "b") },
            { $0.replacingOccurrences(of: "ll", with: "y") },
            { $0.hasPrefix("h") ? String($0.dropFirst()) : $0 },
            { $0.hasPrefix("j") ? "h" + $0.dropFirst() : $0 },
            { $0.hasSuffix("ado") ? String($0.dropLast(2)) + "o" : $0 },
            { $0.replacingOccurrences(of: "ce", with: "se").replacingOccurrences(of: "ci", with: "si") },
            { $0.replacingOccurrences(of: "b", with: "v") },
            { $0.replacingOccurrences(of: "s", with: "z") },
        ]
        for step in 0..<rules.count {
            let changed = rules[(turn + step) % rules.count](word)
            if changed != word { return changed }
        }
        return nil
    }

    func run() throws -> (pairs: [Pair], audit: LatencySummary) {
        let people = try desk.benchPeople(count: samples, seed: seed)
        var pairs: [Pair] = []
        var pages: [SearchPage] = []
        for (kind, queries) in Self.queries(people) where !queries.isEmpty {
            var ours: [UInt64] = [], raw: [UInt64] = []
            for query in queries {
                // Alternate which runs first, so neither always finds the pages warm.
                let start = DispatchTime.now().uptimeNanoseconds
                let page = try desk.searchPage(query.typed, by: actor, limit: 20)
                let mid = DispatchTime.now().uptimeNanoseconds
                _ = try desk.benchRaw(query.raw)
                let end = DispatchTime.now().uptimeNanoseconds
                ours.append(mid - start)
                raw.append(end - mid)
                if pages.count < samples { pages.append(page) }
            }
            pairs.append(Pair(kind: kind, search: LatencySummary(name: "search." + kind, nanoseconds: ours),
                              raw: LatencySummary(name: "raw." + kind, nanoseconds: raw)))
        }
        var audits: [UInt64] = []
        for page in pages {
            let start = DispatchTime.now().uptimeNanoseconds
            try desk.auditShown(page, by: actor)
            audits.append(DispatchTime.now().uptimeNanoseconds - start)
        }
        return (pairs, LatencySummary(name: "search.auditShown", nanoseconds: audits))
    }

    static func table(_ pairs: [Pair], _ language: Language) -> [String] {
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func ms(_ v: Double) -> String { String(format: "%.2f", v) }
        var lines = [pad(language == .es ? "búsqueda" : "search", 20) + lpad("n", 5)
                     + lpad("p50", 8) + lpad(language == .es ? "crudo" : "raw", 8) + lpad("×", 7)
                     + lpad("p99", 8) + lpad(language == .es ? "crudo" : "raw", 8) + lpad("×", 7)]
        for p in pairs {
            lines.append(pad(p.kind, 20) + lpad("\(p.search.samples)", 5)
                         + lpad(ms(p.search.p50Milliseconds), 8) + lpad(ms(p.raw.p50Milliseconds), 8)
                         + lpad(String(format: "%.1f", p.ratioP50), 7)
                         + lpad(ms(p.search.p99Milliseconds), 8) + lpad(ms(p.raw.p99Milliseconds), 8)
                         + lpad(String(format: "%.1f", p.ratioP99), 7))
        }
        return lines
    }
}

import EnlaceCore
import Foundation
import Testing
import EnlaceStore

/// Not a timed test: prints how long seeding and list queries take at a chosen size.
/// Run with `ENLACE_STORE_BENCH_PEOPLE=100000 swift test --filter StoreBenchmark`.
@Suite struct StoreBenchmark {
    static let people = Int(ProcessInfo.processInfo.environment["ENLACE_STORE_BENCH_PEOPLE"] ?? "") ?? 0

    @Test(.enabled(if: people > 0)) func caseListAtScale() throws {
        let folder = TempFolder()
        let path = ProcessInfo.processInfo.environment["ENLACE_STORE_BENCH_PATH"] ?? folder.file("bench.sqlite")
        try? FileManager.default.removeItem(atPath: path)
        let desk = try CaseDesk.open(path: path, create: true)
        let start = Date()
        _ = try DemoData.seed(into: desk, people: Self.people, seed: 2026)
        let seedSeconds = Date().timeIntervalSince(start)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as! NSNumber).intValue
        print("bench seed people=\(Self.people) seconds=\(String(format: "%.1f", seedSeconds)) file=\(size / 1_048_576)MiB")

        let maria = try desk.authenticate(username: "maria", password: DemoData.password)
        let jorge = try desk.authenticate(username: "jorge", password: DemoData.password)
        let pedro = try desk.authenticate(username: "pedro", password: DemoData.password)
        let deep = try desk.caseWindow(CaseWindowRequest(limit: 1000), actor: maria).last!.key
        let number = try desk.caseWindow(CaseWindowRequest(anchor: deep, limit: 1), actor: maria)[0].number

        func measure(_ name: String, _ body: () throws -> Int?) rethrows {
            var times: [Double] = []
            var result: Int?
            for _ in 0..<30 {
                let t = DispatchTime.now().uptimeNanoseconds
                result = try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            let p50 = times[times.count / 2], p99 = times[times.count - 1]
            print("bench \(name): p50=\(String(format: "%.2f", p50))ms max=\(String(format: "%.2f", p99))ms rows=\(result.map(String.init) ?? "nil")")
        }
        try measure("first page (supervisor)") { try desk.caseWindow(CaseWindowRequest(limit: 50), actor: maria).count }
        try measure("page after deep anchor") { try desk.caseWindow(CaseWindowRequest(anchor: deep, limit: 50), actor: maria).count }
        try measure("page before deep anchor") { try desk.caseWindow(CaseWindowRequest(anchor: deep, direction: .before, limit: 50), actor: maria).count }
        try measure("last page") { try desk.caseWindow(CaseWindowRequest(direction: .before, limit: 50), actor: maria).count }
        try measure("first page (caseworker)") { try desk.caseWindow(CaseWindowRequest(limit: 50), actor: jorge).count }
        try measure("first page (volunteer)") { try desk.caseWindow(CaseWindowRequest(limit: 50), actor: pedro).count }
        for filter in ["muñoz", "m", "ma", "maria", "hernandez garcia", "jose maria munoz", "chuy", "zzzz", number] {
            try measure("filter '\(filter)'") { try desk.caseWindow(CaseWindowRequest(filter: filter, limit: 50), actor: maria).count }
            try measure("filter '\(filter)' (caseworker)") { try desk.caseWindow(CaseWindowRequest(filter: filter, limit: 50), actor: jorge).count }
            try measure("count '\(filter)'") { try desk.caseCount(filter: filter, actor: maria) }
        }
        try measure("count all") { try desk.caseCount(filter: "", actor: maria) }
        try measure("count all (caseworker)") { try desk.caseCount(filter: "", actor: jorge) }
        try measure("dataVersion") { try desk.dataVersion() }
    }
}

/// Not a timed test: prints p50/p99 of people search and duplicate candidates at a chosen size.
/// `ENLACE_SEARCH_BENCH_PEOPLE=1000000 swift test -c release -Xswiftc -enable-testing --filter SearchBenchmark`.
/// With `ENLACE_SEARCH_BENCH_PATH` an existing seeded file is reused (seeded there if missing).
@Suite struct SearchBenchmark {
    static let environment = ProcessInfo.processInfo.environment
    static let people = Int(environment["ENLACE_SEARCH_BENCH_PEOPLE"] ?? "") ?? 0

    @Test(.enabled(if: people > 0)) func searchAtScale() throws {
        let folder = TempFolder()
        let path = Self.environment["ENLACE_SEARCH_BENCH_PATH"] ?? folder.file("search-bench.sqlite")
        let exists = FileManager.default.fileExists(atPath: path)
        let desk = try CaseDesk.open(path: path, create: !exists)
        if try !exists || desk.hasUsers() == false {
            let start = Date()
            _ = try DemoData.seed(into: desk, people: Self.people, seed: 2026)
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as! NSNumber).intValue
            print("bench seed people=\(Self.people) seconds=\(String(format: "%.1f", Date().timeIntervalSince(start))) file=\(size / 1_048_576)MiB")
        }
        let maria = try desk.authenticate(username: "maria", password: DemoData.password)
        let jorge = try desk.authenticate(username: "jorge", password: DemoData.password)
        let pedro = try desk.authenticate(username: "pedro", password: DemoData.password)

        // Real people to look for: a spread of ids, with their names, phones, CURPs, cases.
        let samples = try desk.sampleForBenchmark(count: 200)
        print("bench search samples=\(samples.count) people=\(try desk.peopleCountForBenchmark())")

        func measure(_ name: String, rounds: Int = 200, _ body: (Int) throws -> Int) rethrows {
            var times: [Double] = []
            var rows = 0
            for i in 0..<rounds {
                let t = DispatchTime.now().uptimeNanoseconds
                rows += try body(i)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            let p50 = times[times.count / 2]
            let p99 = times[min(times.count - 1, Int((Double(times.count) * 0.99).rounded(.up)) - 1)]
            print("bench \(name): n=\(rounds) p50=\(String(format: "%.2f", p50))ms p99=\(String(format: "%.2f", p99))ms max=\(String(format: "%.2f", times.last!))ms rowsPerCall=\(String(format: "%.1f", Double(rows) / Double(rounds)))")
        }
        func s(_ i: Int) -> BenchSample { samples[i % samples.count] }

        // Quality at scale: for its own full name, is the sampled person first, or preceded only
        // by exact namesakes (same given names and surnames: they rank as equals, newest first)?
        var first = 0, amongNamesakes = 0, variantFound = 0, misses = 0
        for sample in samples {
            let hits = try desk.search("\(sample.given) \(sample.first) \(sample.second)", by: maria, limit: 50)
            if hits.first?.personId == sample.id { first += 1 }
            if let position = hits.firstIndex(where: { $0.personId == sample.id }),
               hits[..<position].allSatisfy({ $0.listName == hits[position].listName }) {
                amongNamesakes += 1
            } else if misses < 5 {
                misses += 1
                print("bench quality miss: \(sample.given) | \(sample.first) | \(sample.second) -> \(hits.prefix(3).map { "\($0.listName) \($0.score)" })")
            }
            let variant = try desk.search(sample.phoneticVariant, by: maria, limit: 50).map(\.personId)
            if variant.contains(sample.id) { variantFound += 1 }
        }
        print("bench quality: own full name first \(first)/\(samples.count), first or after exact namesakes only \(amongNamesakes)/\(samples.count); sound-alike variant in first 50 \(variantFound)/\(samples.count)")

        try measure("search full name (given + 2 surnames)") { i in
            try desk.search("\(s(i).given) \(s(i).first) \(s(i).second)", by: maria).count }
        try measure("search given + first surname") { i in
            try desk.search("\(s(i).given) \(s(i).first)", by: maria).count }
        try measure("search surname only") { i in try desk.search(s(i).first, by: maria).count }
        try measure("search 'garcia' (very common)") { _ in try desk.search("garcia", by: maria).count }
        try measure("search 'maria garcia'") { _ in try desk.search("maria garcia", by: maria).count }
        try measure("search nickname 'chuy hernandez'") { _ in try desk.search("chuy hernandez", by: maria).count }
        try measure("search phonetic 'ernandes garsia'") { _ in try desk.search("ernandes garsia", by: maria).count }
        try measure("search phonetic 'llolanda castiyo'") { _ in try desk.search("llolanda castiyo", by: maria).count }
        try measure("search accents dropped + phonetic of sample") { i in
            try desk.search(s(i).phoneticVariant, by: maria).count }
        try measure("search missing word (3 of 4 match)") { i in
            try desk.search("\(s(i).given) \(s(i).first) \(s(i).second) Zamudio", by: maria).count }
        try measure("search prefix 'ma'") { _ in try desk.search("ma", by: maria).count }
        try measure("search no match 'zzzzqx'") { _ in try desk.search("zzzzqx", by: maria).count }
        try measure("search whole phone") { i in try desk.search(s(i).phone ?? "3125550142", by: maria).count }
        try measure("search 4 trailing phone digits") { i in
            try desk.search(String((s(i).phone ?? "3125550142").suffix(4)), by: maria).count }
        try measure("search CURP") { i in try desk.search(s(i).curp ?? "AAAA000000HDFXXX00", by: maria).count }
        try measure("search case number") { i in try desk.search(s(i).caseNumber ?? "2026-000001", by: maria).count }
        try measure("search matricula number") { i in try desk.search(s(i).document ?? "000000000", by: maria).count }
        try measure("search next page (cursor) 'maria'") { _ in
            let first = try desk.search("maria", by: maria, limit: 20)
            return try desk.search("maria", by: maria, limit: 20, after: first.last?.cursor).count
        }
        try measure("search caseworker 'maria garcia'") { _ in try desk.search("maria garcia", by: jorge).count }
        try measure("search caseworker full name") { i in
            try desk.search("\(s(i).given) \(s(i).first) \(s(i).second)", by: jorge).count }
        try measure("search volunteer 'maria'") { _ in try desk.search("maria", by: pedro).count }
        try measure("search 10,000 pasted chars", rounds: 50) { _ in
            try desk.search(String(repeating: "muñoz \"*( ", count: 1_000), by: maria).count }

        try measure("dupes name + birth date") { i in
            try desk.duplicateCandidates(for: DuplicateProbe(
                givenNames: s(i).given, firstSurname: s(i).first, secondSurname: s(i).second,
                birthDate: s(i).birth.flatMap { CalendarDate(iso: $0) }), by: jorge).count }
        try measure("dupes name + birth + phone + curp") { i in
            try desk.duplicateCandidates(for: DuplicateProbe(
                givenNames: s(i).given, firstSurname: s(i).first, secondSurname: s(i).second,
                birthDate: s(i).birth.flatMap { CalendarDate(iso: $0) },
                phones: s(i).phone.map { [$0] } ?? [], curp: s(i).curp), by: jorge).count }
        try measure("dupes common name, no birth date") { _ in
            try desk.duplicateCandidates(for: DuplicateProbe(
                givenNames: "José", firstSurname: "Hernández", secondSurname: "García"), by: jorge).count }
    }
}

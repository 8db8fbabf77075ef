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

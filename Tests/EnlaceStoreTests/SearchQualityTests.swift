import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Search quality against a small hand-made population: each row names who must come first
/// (or within the top 3 where the query is honestly ambiguous), optionally a reason that must
/// be given, and someone clearly different who must not rank above.
@Suite struct SearchQualityTests {
    static let curpPedro: String = {
        let first17 = "PALP850312HJCRND0"
        return first17 + String(CURP.checkDigit(for: first17)!)
    }()

    /// The population. Keys are short names used by the table.
    static func population() throws -> SearchFixture {
        let f = try SearchFixture()
        try f.person("joseAngel", "José Ángel", "Muñoz", "Pérez", birth: "1985-03-12", phones: ["+13125550142"])
        try f.person("lupe", "María Guadalupe", "Hernández", "García", preferred: "Lupe")
        try f.person("jesusBaez", "Jesús", "Báez", "Ortiz", birth: "1990-07-01")
        try f.person("franciscoCruz", "Francisco Javier", "de la Cruz", "Ramírez")
        try f.person("yolanda", "Yolanda", "Castillo", "Ruiz")
        try f.person("xochitl", "Xóchitl", "Jiménez", "Méndez")
        try f.person("ignacio", "Ignacio", "Vázquez", "Soto")
        try f.person("guillermo", "Guillermo", "Núñez", "Ibarra")
        try f.person("eduardo", "Eduardo", "Cervantes", "Quiroz")
        try f.person("antonio", "Antonio", "Peña", "Delgado")
        try f.person("roberto", "Roberto", "Gómez", "Ávila")
        try f.person("consuelo", "Consuelo", "Zúñiga", "Olvera")
        try f.person("dolores", "Dolores", "del Río", "Armenta")
        try f.person("concepcion", "Concepción", "de los Santos", "Juárez")
        try f.person("chema", "José María", "Salazar", "Treviño")
        try f.person("anaSofia", "Ana Sofía", "Muñoz-Pérez")
        try f.person("juanCarlos", "Juan Carlos", "Hernández")
        try f.person("ibanez", "Guadalupe", "Ibáñez", "Villaseñor")
        try f.person("hector", "Héctor", "Gil", "Herrera")
        try f.person("gerardo", "Gerardo", "Girón", "Sepúlveda")
        try f.person("silvia", "Silvia", "Zepeda", "Cisneros")
        try f.person("valeria", "Valeria", "Bravo", "Villalobos")
        try f.person("guillermina", "Guillermina", "Llamas", "Yáñez")
        try f.person("marioX", "Mario", "Ximénez", "Oaxaca")
        try f.person("rocio", "Rocío", "Delacruz")
        try f.person("lorenzo", "Lorenzo", "Quintero", "Lara")
        try f.person("pedroP", "Pedro", "Páramo", "Luna", birth: "1985-03-12", curp: curpPedro)
        try f.person("mariaJesus", "María de Jesús", "Ortega", "Salinas")
        try f.person("fernando", "Fernando", "Peñaloza", "Rivas", documents: [("matriculaConsular", "104938271")])
        try f.person("chuyPreferred", "José de Jesús", "Aguirre", "Campos", preferred: "Chuy", phones: ["+525512345678"])
        // Distractors: similar, but clearly other people.
        try f.person("josephMunoz", "Joseph", "Munoz", "Smith")
        try f.person("juanPerez", "Juan", "Pérez", "López")
        try f.person("mariaGarcia", "María", "García", "López")
        try f.person("joseHernandez", "José", "Hernández", "Ruiz")
        try f.person("albertoGomez", "Alberto", "Gómez", "Ávila")
        try f.person("jesusVega", "Jesús", "Vega", "Mora")
        try f.person("yolandaCastro", "Yolanda", "Castro", "Ruiz")
        try f.person("pacoRuiz", "Francisco", "Ruiz", "Cruz")
        try f.openCase("lupe", caseworker: f.jorge, number: "2026-000101")
        try f.openCase("joseAngel", caseworker: f.jorge, status: "closed", number: "2025-000777")
        try f.openCase("joseAngel", caseworker: nil, status: "new", number: "2026-000555")
        return f
    }

    struct Row: CustomStringConvertible {
        let query: String
        let expected: String
        /// 1: must be first; 3: within the first three.
        let within: Int
        let reason: MatchReason?
        let notAbove: String?
        var description: String { "«\(query)» -> \(expected)" }
    }

    static let table: [Row] = [
        // Exact, accents typed or not, ñ as n.
        Row(query: "José Ángel Muñoz Pérez", expected: "joseAngel", within: 1, reason: .exactName, notAbove: "anaSofia"),
        Row(query: "jose angel munoz perez", expected: "joseAngel", within: 1, reason: .accentInsensitive, notAbove: "josephMunoz"),
        Row(query: "JOSE MUNOZ", expected: "joseAngel", within: 1, reason: .exactName, notAbove: "josephMunoz"),
        Row(query: "Muñoz Pérez", expected: "joseAngel", within: 3, reason: nil, notAbove: "juanPerez"),
        Row(query: "Fernando Penaloza", expected: "fernando", within: 1, reason: .accentInsensitive, notAbove: nil),
        Row(query: "Ibanez Villasenor", expected: "ibanez", within: 1, reason: .surnameOnly, notAbove: nil),
        Row(query: "zuniga", expected: "consuelo", within: 1, reason: .surnameOnly, notAbove: nil),
        // Second surname missing in the query or in the record; hyphens; compound given names.
        Row(query: "Guadalupe Hernández", expected: "lupe", within: 1, reason: .exactName, notAbove: "joseHernandez"),
        Row(query: "Juan Carlos Hernandez Lopez", expected: "juanCarlos", within: 1, reason: .partialName, notAbove: "juanPerez"),
        Row(query: "Ana Munoz-Perez", expected: "anaSofia", within: 1, reason: .exactName, notAbove: "joseAngel"),
        Row(query: "Ana Sofia Munoz Perez", expected: "anaSofia", within: 1, reason: .exactName, notAbove: "joseAngel"),
        Row(query: "María de Jesús Ortega", expected: "mariaJesus", within: 1, reason: .exactName, notAbove: "mariaGarcia"),
        Row(query: "Lupita Hernandez", expected: "lupe", within: 1, reason: .nickname, notAbove: "joseHernandez"),
        // Particles de / del / de la / de los, merged or not.
        Row(query: "Francisco de la Cruz", expected: "franciscoCruz", within: 1, reason: .exactName, notAbove: "pacoRuiz"),
        Row(query: "Francisco Delacruz", expected: "franciscoCruz", within: 1, reason: .exactName, notAbove: "pacoRuiz"),
        Row(query: "Rocio de la Cruz", expected: "rocio", within: 1, reason: .exactName, notAbove: "franciscoCruz"),
        Row(query: "Dolores del Rio", expected: "dolores", within: 1, reason: .exactName, notAbove: nil),
        // Nicknames.
        Row(query: "Chuy Baez", expected: "jesusBaez", within: 1, reason: .nickname, notAbove: "jesusVega"),
        Row(query: "Lupe Hernandez", expected: "lupe", within: 1, reason: nil, notAbove: "joseHernandez"),
        Row(query: "Pancho de la Cruz", expected: "franciscoCruz", within: 1, reason: .nickname, notAbove: "pacoRuiz"),
        Row(query: "Paco Cruz", expected: "franciscoCruz", within: 3, reason: .nickname, notAbove: nil),
        Row(query: "Pepe Salazar", expected: "chema", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Chema Salazar", expected: "chema", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Nacho Vazquez", expected: "ignacio", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Memo Nunez", expected: "guillermo", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Lalo Cervantes", expected: "eduardo", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Toño Peña", expected: "antonio", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Tono Pena", expected: "antonio", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Beto Gomez", expected: "roberto", within: 3, reason: .nickname, notAbove: nil),
        Row(query: "Chelo Zuniga", expected: "consuelo", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Lola del Rio", expected: "dolores", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Concha Santos", expected: "concepcion", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Lencho Quintero", expected: "lorenzo", within: 1, reason: .nickname, notAbove: nil),
        Row(query: "Jesus Aguirre", expected: "chuyPreferred", within: 1, reason: .exactName, notAbove: "jesusBaez"),
        Row(query: "Chuy Aguirre", expected: "chuyPreferred", within: 1, reason: .exactName, notAbove: "jesusBaez"),
        // Sounds alike: b/v, s/z/c, ll/y, silent h, g/j, x/j, x/s.
        Row(query: "Jesus Vaez", expected: "jesusBaez", within: 1, reason: .phonetic, notAbove: "jesusVega"),
        Row(query: "Nacho Vasquez", expected: "ignacio", within: 1, reason: .phonetic, notAbove: nil),
        Row(query: "Baleria Brabo", expected: "valeria", within: 1, reason: .phonetic, notAbove: nil),
        Row(query: "Silbia Sepeda Sisneros", expected: "silvia", within: 1, reason: .phonetic, notAbove: nil),
        Row(query: "Lalo Servantes", expected: "eduardo", within: 1, reason: .phonetic, notAbove: nil),
        Row(query: "Llolanda Castiyo", expected: "yolanda", within: 1, reason: .phonetic, notAbove: "yolandaCastro"),
        Row(query: "Guillermina Yamas", expected: "guillermina", within: 1, reason: .phonetic, notAbove: nil),
        Row(query: "Ector Gil", expected: "hector", within: 1, reason: .phonetic, notAbove: nil),
        Row(query: "Maria Guadalupe Ernandes", expected: "lupe", within: 1, reason: .phonetic, notAbove: "mariaGarcia"),
        Row(query: "Jerardo Jiron", expected: "gerardo", within: 1, reason: .phonetic, notAbove: nil),
        Row(query: "Xochitl Gimenez", expected: "xochitl", within: 1, reason: .phonetic, notAbove: "marioX"),
        Row(query: "Sochitl Jimenez", expected: "xochitl", within: 1, reason: .phonetic, notAbove: "marioX"),
        Row(query: "Mario Jimenez", expected: "marioX", within: 1, reason: .phonetic, notAbove: "xochitl"),
        // Identifiers.
        Row(query: "(312) 555-0142", expected: "joseAngel", within: 1, reason: .phone, notAbove: nil),
        Row(query: "312.555.0142", expected: "joseAngel", within: 1, reason: .phone, notAbove: nil),
        Row(query: "+1 312 555 0142", expected: "joseAngel", within: 1, reason: .phone, notAbove: nil),
        Row(query: "tel 0142", expected: "joseAngel", within: 1, reason: .phoneDigits, notAbove: nil),
        Row(query: "555-0142", expected: "joseAngel", within: 1, reason: .phoneDigits, notAbove: nil),
        Row(query: "+52 1 55 1234 5678", expected: "chuyPreferred", within: 1, reason: .phone, notAbove: nil),
        Row(query: "jose 5678", expected: "chuyPreferred", within: 1, reason: .phoneDigits, notAbove: nil),
        Row(query: curpPedro, expected: "pedroP", within: 1, reason: .curp, notAbove: nil),
        Row(query: "curp " + curpPedro.lowercased(), expected: "pedroP", within: 1, reason: .curp, notAbove: nil),
        Row(query: "2026-000101", expected: "lupe", within: 1, reason: .caseNumber, notAbove: nil),
        Row(query: "caso #101", expected: "lupe", within: 1, reason: .caseNumber, notAbove: nil),
        Row(query: "104938271", expected: "fernando", within: 1, reason: .documentNumber, notAbove: nil),
        Row(query: "12/03/1985", expected: "joseAngel", within: 3, reason: .birthDate, notAbove: nil),
        Row(query: "Pedro 12/03/1985", expected: "pedroP", within: 1, reason: .birthDate, notAbove: "joseAngel"),
    ]

    @Test func tableOfSpanishNames() throws {
        #expect(Self.table.count >= 30)
        let f = try Self.population()
        var failures: [String] = []
        for row in Self.table {
            let hits = try f.desk.search(row.query, by: f.supervisor, limit: 10)
            let keys = hits.map { f.key(of: $0.personId) }
            guard let position = keys.firstIndex(of: row.expected) else {
                failures.append("\(row): not found; got \(keys.prefix(5))")
                continue
            }
            if position >= row.within {
                failures.append("\(row): at \(position + 1); got \(keys.prefix(5))")
            }
            if let reason = row.reason, !hits[position].reasons.contains(reason) {
                failures.append("\(row): reasons \(hits[position].reasons), expected \(reason)")
            }
            if let other = row.notAbove, let otherPosition = keys.firstIndex(of: other), otherPosition < position {
                failures.append("\(row): \(other) ranked above")
            }
            // Scores never increase down the list.
            #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score }, "\(row)")
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Small candidate sets are ranked in Swift, large ones tier by tier in FTS5: both must
    /// give the same hits, order, scores and cursors (pages may mix the two ways).
    @Test func swiftRankingAgreesWithTierQueries() throws {
        let f = try Self.population()
        for i in 0..<6 { try f.person("extra\(i)", ["José", "Jesús", "María"][i % 3], "Muñoz", i % 2 == 0 ? "Cruz" : "") }
        let queries = Self.table.map(\.query) + ["munoz", "jose munoz", "chuy", "mari", "maria de la cruz", "jose muno",
                                                      // Three words: the full-name bonus is checked per row.
                                                      "jose munoz cruz", "maria cruz munoz", "jesus munoz cruz",
                                                      "chuy munoz cruz"]
        for query in queries {
            for actor in [f.supervisor, f.jorge] {
                let swift = try f.desk.search(query, by: actor, limit: 50, after: nil, classifyCap: 300)
                let tiers = try f.desk.search(query, by: actor, limit: 50, after: nil, classifyCap: 0)
                #expect(swift == tiers, "«\(query)»: \(swift.map(\.personId)) vs \(tiers.map(\.personId))")
                // Mixed: too many for one pass, but some tiers small enough to split in Swift.
                let mixed = try f.desk.search(query, by: actor, limit: 50, after: nil, classifyCap: 3)
                #expect(mixed == swift, "«\(query)» mixed: \(mixed.map(\.personId)) vs \(swift.map(\.personId))")
                // A page break anywhere continues the same list, whichever way each page went.
                if swift.count >= 3 {
                    let head = try f.desk.search(query, by: actor, limit: 2, after: nil, classifyCap: 0)
                    let rest = try f.desk.search(query, by: actor, limit: 50, after: head.last!.cursor, classifyCap: 300)
                    #expect((head + rest).map(\.personId) == swift.map(\.personId), "«\(query)» paged")
                }
            }
        }
    }

    @Test func hitsCarryCaseNumbersOpenFirstAndReadableReasons() throws {
        let f = try Self.population()
        let hit = try #require(try f.desk.search("Muñoz Pérez José", by: f.supervisor).first)
        #expect(f.key(of: hit.personId) == "joseAngel")
        #expect(hit.listName == "Muñoz Pérez, José Ángel")
        #expect(hit.caseNumbers == ["2026-000555", "2025-000777"])
        for reason in MatchReason.allCases {
            #expect(!reason.label(.es).isEmpty && reason.label(.es) != reason.label(.en))
        }
    }

    @Test func identifierComesBeforeNames() throws {
        let f = try Self.population()
        // A name plus phone digits: the phone decides, the name adds to the score.
        let hits = try f.desk.search("Jose 0142", by: f.supervisor)
        #expect(hits.map { f.key(of: $0.personId) }.first == "joseAngel")
        #expect(hits.first?.reasons.contains(.phoneDigits) == true)
        #expect(hits.first.map { $0.score > 900 } == true)
    }

    @Test func hostileQueriesNeverThrow() throws {
        let f = try Self.population()
        let hostile = [
            "\"", "\"\"", "'", "*", "* *", "NOT", "AND", "OR", "NEAR(a b)", "given:jose", "{given}: jose",
            "^jose", "jose\" OR \"maria", "a\"*", "(", ")", "-", "--", "-- DROP TABLE people;", "'; DELETE FROM people; --",
            "%", "_", "\\", "\u{0}", "\u{1b}[31mrojo\u{1b}[0m", "\u{202E}zenitram", "👩‍👩‍👧", "ĳ ß ł ø",
            String(repeating: "a", count: 10_000), String(repeating: "muñoz ", count: 2_000),
            String(repeating: "\"*", count: 5_000), "0000", "+", "#", "#0", "2026-", "9999-999999999",
            "curp", "tel", "12/13/1985", "31/02/1985", "\t\n\r", "Ñ", "x", "xx", "ll", "h",
        ]
        for query in hostile {
            let hits = try f.desk.search(query, by: f.supervisor, limit: 5)
            #expect(hits.count <= 5)
        }
        // Quotes and operators around a real name still find it.
        let quoted = try f.desk.search("\"Muñoz\" AND \"Pérez\"*", by: f.supervisor)
        #expect(quoted.first.map { ["joseAngel", "anaSofia"].contains(f.key(of: $0.personId)) } == true)
        // Nothing was damaged.
        #expect(try f.desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM people") } == f.ids.count)
    }

    @Test func pagesFollowEachOtherWithoutGapsOrRepeats() throws {
        let f = try SearchFixture()
        for i in 0..<9 { try f.person("p\(i)", ["Ana", "Luis", "Rosa"][i % 3], "Paginado", "Prueba") }
        try f.person("near", "Ana", "Pajinado")
        try f.person("nick", "Lupe", "Paginado")
        let all = try f.desk.search("paginado", by: f.supervisor, limit: 50)
        #expect(all.count == 11)
        var paged: [SearchHit] = []
        var cursor: SearchCursor?
        while true {
            let page = try f.desk.search("paginado", by: f.supervisor, limit: 2, after: cursor)
            paged += page
            guard let last = page.last else { break }
            cursor = last.cursor
        }
        #expect(paged.map(\.personId) == all.map(\.personId))
        #expect(Set(paged.map(\.personId)).count == paged.count)
        #expect(all.last.map { f.key(of: $0.personId) } == "near")  // phonetic comes last
    }
}

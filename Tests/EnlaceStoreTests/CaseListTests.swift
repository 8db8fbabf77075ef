import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct CaseListTests {
    @Test func demoSeedIsRealisticAndDeterministic() throws {
        let a = try SeededDesk(people: 300, seed: 7)
        let b = try SeededDesk(people: 300, seed: 7)
        #expect(a.logins.map(\.username) == ["admin", "maria", "jorge", "lucia", "pedro"])
        #expect(Set(a.logins.map(\.role)) == Set(Role.allCases))
        #expect(try a.desk.organizationName() == "Casa Guanajuato de Chicago")
        let maria = try a.user("maria")
        let rowsA = try a.desk.caseWindow(CaseWindowRequest(limit: 1000), actor: maria)
        let rowsB = try b.desk.caseWindow(CaseWindowRequest(limit: 1000), actor: try b.user("maria"))
        #expect(rowsA == rowsB)
        #expect(rowsA.count > 300)
        #expect(Set(rowsA.map(\.status)) == Set(CaseStatus.allCases))
        #expect(Set(rowsA.map(\.priority)) == Set(CasePriority.allCases))
        #expect(Set(rowsA.map(\.serviceArea)) == Set(ServiceArea.allCases))
        #expect(rowsA.contains { $0.isOverdue })
        #expect(rowsA.allSatisfy { $0.number.wholeMatch(of: /20\d\d-\d{6}/) != nil })
        let oldest = rowsA.map(\.openedAt).min()!
        #expect(a.clock.date.timeIntervalSince(oldest) <= 549 * 86_400)
        #expect(a.clock.date.timeIntervalSince(oldest) > 300 * 86_400)
        try a.desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM people WHERE second_surname IS NULL")! > 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM people WHERE given_names LIKE '% %'")! > 10)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM people WHERE curp IS NOT NULL")! > 10)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM referrals")! > 10)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM phones WHERE e164 LIKE '+52%'")! > 0)
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_key_check") == nil)
            // Every CURP carries a correct check digit.
            let alphabet = Array("0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ")
            for curp in try String.fetchAll(db, sql: "SELECT curp FROM people WHERE curp IS NOT NULL") {
                let chars = Array(curp)
                #expect(chars.count == 18)
                var sum = 0
                for i in 0..<17 { sum += (alphabet.firstIndex(of: chars[i]) ?? -100) * (18 - i) }
                #expect(String((10 - sum % 10) % 10) == String(chars[17]), "\(curp)")
            }
        }
    }

    @Test func seedingReportsProgress() throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var events: [DemoProgress] = []
        }
        let log = Log()
        let folder = TempFolder()
        let desk = try openDesk(folder.file("p.sqlite"))
        _ = try DemoData.seed(into: desk, people: 45_000, seed: 9) { event in
            log.lock.lock(); log.events.append(event); log.lock.unlock()
        }
        let people = log.events.filter { $0.phase == .people }
        #expect(people.map(\.done) == [20_000, 40_000, 45_000])
        #expect(people.allSatisfy { $0.total == 45_000 })
        let cases = log.events.filter { $0.phase == .cases }
        #expect(cases.last.map { $0.done == $0.total } == true)
        #expect(try desk.appliedMigrations() == StoreSchema.migrator.migrations)
    }

    @Test func seedingTwiceIsRefused() throws {
        let s = try SeededDesk(people: 20)
        #expect(throws: StoreError.notPermitted(StoreText.demoNeedsEmptyDatabase.text)) {
            try DemoData.seed(into: s.desk, people: 20, seed: 1)
        }
    }

    @Test func firstPageIsNewestFirst() throws {
        let s = try SeededDesk()
        let maria = try s.user("maria")
        let page = try s.desk.caseWindow(CaseWindowRequest(limit: 25), actor: maria)
        #expect(page.count == 25)
        for (a, b) in zip(page, page.dropFirst()) {
            #expect(a.openedAt > b.openedAt || (a.openedAt == b.openedAt && a.id > b.id))
        }
        let newest = try s.desk.pool.read { (db: Database) throws in
            try Int64.fetchOne(db, sql: "SELECT id FROM cases ORDER BY opened_at DESC, id DESC LIMIT 1")
        }
        #expect(page.first?.id == newest)
        #expect(page.allSatisfy { !$0.personName.isEmpty && $0.key == CaseListKey(openedAt: $0.openedAt, id: $0.id) })
    }

    @Test(arguments: [7, 50, 128])
    func pagingForwardAndBackwardJoinUpExactly(pageSize: Int) throws {
        let s = try SeededDesk()
        let maria = try s.user("maria")
        let total = try s.desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM cases")! }
        #expect(total >= 500)
        let forward = try s.allForward(maria, pageSize: pageSize)
        let backward = try s.allBackward(maria, pageSize: pageSize)
        #expect(forward.count == total)
        #expect(Set(forward.map(\.id)).count == total)
        #expect(forward == backward)
        let expected = try s.desk.pool.read { (db: Database) throws in
            try Int64.fetchAll(db, sql: "SELECT id FROM cases ORDER BY opened_at DESC, id DESC")
        }
        #expect(forward.map(\.id) == expected)
        // From the middle, one page up and one page down meet the anchor exactly.
        let anchor = forward[total / 2]
        let up = try s.desk.caseWindow(CaseWindowRequest(anchor: anchor.key, direction: .before, limit: pageSize), actor: maria)
        let down = try s.desk.caseWindow(CaseWindowRequest(anchor: anchor.key, direction: .after, limit: pageSize), actor: maria)
        #expect(up + [anchor] + down == Array(forward[(total / 2 - up.count)...(total / 2 + down.count)]))
        #expect(up.count == pageSize && down.count == pageSize)
    }

    @Test func lastPageWithoutAnchor() throws {
        let s = try SeededDesk()
        let maria = try s.user("maria")
        let all = try s.allForward(maria, pageSize: 100)
        let last = try s.desk.caseWindow(CaseWindowRequest(direction: .before, limit: 10), actor: maria)
        #expect(last == Array(all.suffix(10)))
    }

    @Test func accentsAndCaseDoNotMatter() throws {
        let s = try SeededDesk()
        let maria = try s.user("maria")
        let withAccent = try s.allForward(maria, filter: "Muñoz", pageSize: 40)
        let plain = try s.allForward(maria, filter: "munoz", pageSize: 40)
        let upper = try s.allForward(maria, filter: "MUÑOZ", pageSize: 40)
        #expect(withAccent.count >= 10)
        #expect(withAccent == plain && plain == upper)
        #expect(withAccent.allSatisfy { $0.personName.contains("Muñoz") })
        // It is every Muñoz case.
        let expected = try s.desk.pool.read { (db: Database) throws in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM cases c JOIN people p ON p.id = c.person_id
                WHERE p.first_surname = 'Muñoz' OR p.second_surname = 'Muñoz'
                """)!
        }
        #expect(withAccent.count == expected)
        #expect(try s.desk.caseCount(filter: "munoz", actor: maria) == expected)
        // A prefix finds them too, and the same through backward paging.
        #expect(try s.allForward(maria, filter: "mun", pageSize: 40).filter { $0.personName.contains("Muñoz") }.count == expected)
        #expect(try s.allBackward(maria, filter: "muñoz", pageSize: 9) == withAccent)
    }

    @Test func everyTokenMustMatch() throws {
        let s = try SeededDesk()
        let maria = try s.user("maria")
        let rows = try s.allForward(maria, filter: "maria hern", pageSize: 50)
        #expect(!rows.isEmpty)
        for row in rows {
            let folded = NameFolding.searchForm(row.personName).split(separator: " ")
            #expect(folded.contains { $0.hasPrefix("maria") } && folded.contains { $0.hasPrefix("hern") }, "\(row.personName)")
        }
        #expect(try s.desk.caseWindow(CaseWindowRequest(filter: "zzzqqq"), actor: maria).isEmpty)
        #expect(try s.desk.caseCount(filter: "zzzqqq", actor: maria) == 0)
    }

    @Test func bothSearchStrategiesAgree() throws {
        // Through people_fts first (few matches) or walking the list and checking each name
        // (many matches): the same rows in the same order, equal to a brute-force filter.
        let s = try SeededDesk(people: 600, seed: 3)
        let maria = try s.user("maria"), jorge = try s.user("jorge")
        let searchForms = try s.desk.pool.read { (db: Database) throws in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT c.id, p.search_form FROM cases c JOIN people p ON p.id = c.person_id
                """).map { ($0[0] as Int64, $0[1] as String) })
        }
        for actor in [maria, jorge] {
            let all = try s.allForward(actor, pageSize: 1000)
            for filter in ["h", "hernandez", "José Luis", "munoz", "ma de", "lupe", "zz"] {
                let tokens = NameFolding.searchForm(filter).split(separator: " ").map(String.init)
                let brute = all.filter { row in
                    let words = searchForms[row.id]!.split(separator: " ")
                    return tokens.allSatisfy { t in words.contains { $0.hasPrefix(t) } }
                }
                for limit in [0, 1_000_000] {
                    var rows: [CaseSummary] = []
                    var anchor: CaseListKey?
                    while true {
                        let page = try s.desk.caseWindow(
                            CaseWindowRequest(filter: filter, anchor: anchor, limit: 17),
                            actor: actor, ftsDrivenLimit: limit)
                        rows += page
                        if page.count < 17 { break }
                        anchor = page.last!.key
                    }
                    #expect(rows == brute, "\(filter) limit \(limit)")
                }
                if filter == "munoz" { #expect(brute.count >= 5) }
            }
        }
    }

    @Test func caseNumberFilter() throws {
        let s = try SeededDesk()
        let maria = try s.user("maria")
        let target = try s.desk.caseWindow(CaseWindowRequest(limit: 100), actor: maria)[37]
        let found = try s.desk.caseWindow(CaseWindowRequest(filter: target.number), actor: maria)
        #expect(found == [target])
        let parts = target.number.split(separator: "-")
        let short = "\(parts[0])-\(Int(parts[1])!)"
        #expect(try s.desk.caseWindow(CaseWindowRequest(filter: " \(short) "), actor: maria) == [target])
        let bySequence = try s.desk.caseWindow(CaseWindowRequest(filter: String(Int(parts[1])!)), actor: maria)
        #expect(bySequence.contains(target))
        #expect(bySequence.allSatisfy { $0.number.hasSuffix(String(parts[1])) })
        #expect(try s.desk.caseCount(filter: target.number, actor: maria) == 1)
        #expect(try s.desk.caseWindow(CaseWindowRequest(filter: "1999-000001"), actor: maria).isEmpty)
    }

    @Test func hostileFiltersAreHarmless() throws {
        let s = try SeededDesk(people: 100)
        let maria = try s.user("maria")
        let all = try s.desk.caseWindow(CaseWindowRequest(limit: 20), actor: maria)
        let hostile = [
            "\"", "\"\"", "'", "*", "munoz*", "\"munoz", "NEAR(", "NEAR(munoz garcia)", "a OR b",
            "AND", "NOT munoz", "munoz AND", "^munoz", "col:munoz", "{search_form}: x", "(", ")",
            "-", "--", "'; DROP TABLE cases; --", "\u{0}\u{1}\u{7}\u{1b}[31m", "\t\n\r",
            String(repeating: "muñoz ", count: 2000), String(repeating: "x", count: 10_000),
            String(repeating: "\"*(", count: 3400), "🙂", "・", "Łukasz Øre Đorđe Straße", "\u{FFFD}",
        ]
        for filter in hostile {
            let rows = try s.desk.caseWindow(CaseWindowRequest(filter: filter, limit: 20), actor: maria)
            _ = try s.desk.caseCount(filter: filter, actor: maria)
            // Punctuation alone is not a filter.
            if NameFolding.searchForm(filter).isEmpty && !filter.contains(where: \.isNumber) {
                #expect(rows == all, "\(filter.prefix(30))")
            }
        }
        #expect(try s.desk.caseWindow(CaseWindowRequest(filter: "munoz*"), actor: maria)
                == s.desk.caseWindow(CaseWindowRequest(filter: "munoz"), actor: maria))
        try s.desk.pool.read { (db: Database) throws in
            #expect(try db.tableExists("cases"))
        }
    }

    @Test func visibilityFollowsRoles() throws {
        let s = try SeededDesk()
        let maria = try s.user("maria"), jorge = try s.user("jorge"), lucia = try s.user("lucia")
        let pedro = try s.user("pedro"), admin = try s.user("admin")
        let all = try s.allForward(maria, pageSize: 200)

        let jorgeRows = try s.allForward(jorge, pageSize: 60)
        #expect(!jorgeRows.isEmpty)
        #expect(jorgeRows.allSatisfy { $0.caseworkerName == nil || $0.caseworkerName == jorge.displayName })
        #expect(jorgeRows.count == all.filter { $0.caseworkerName == nil || $0.caseworkerName == jorge.displayName }.count)
        #expect(jorgeRows.contains { $0.caseworkerName == nil })
        #expect(try s.allBackward(jorge, pageSize: 33) == jorgeRows)
        let luciaRows = try s.allForward(lucia, pageSize: 60)
        #expect(Set(luciaRows.map(\.id)).intersection(jorgeRows.map(\.id)).allSatisfy { id in
            all.first { $0.id == id }!.caseworkerName == nil
        })
        #expect(try s.desk.caseCount(filter: "", actor: jorge) == jorgeRows.count)

        // The volunteer sees only what it registered today.
        let pedroRows = try s.allForward(pedro, pageSize: 5)
        let todayStart = Calendar.current.startOfDay(for: s.clock.date)
        #expect(!pedroRows.isEmpty)
        #expect(pedroRows.allSatisfy { $0.openedAt >= todayStart })
        let createdByPedroToday = try s.desk.pool.read { (db: Database) throws in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE created_by = ? AND opened_at >= ?",
                             arguments: [pedro.id, Int64(todayStart.timeIntervalSince1970)])!
        }
        #expect(pedroRows.count == createdByPedroToday)
        let pedroEver = try s.desk.pool.read { (db: Database) throws in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE created_by = ?", arguments: [pedro.id])!
        }
        #expect(pedroEver > pedroRows.count)
        // Tomorrow, nothing.
        s.clock.advance(86_400 + 1)
        #expect(try s.desk.caseWindow(CaseWindowRequest(), actor: pedro).isEmpty)

        // Admins see no case content.
        #expect(try s.desk.caseWindow(CaseWindowRequest(), actor: admin).isEmpty)
        #expect(try s.desk.caseWindow(CaseWindowRequest(filter: "munoz"), actor: admin).isEmpty)
        #expect(try s.desk.caseCount(filter: "", actor: admin) == 0)

        // Someone unknown sees nothing and is told so.
        let ghost = UserAccount(id: 9999, username: "ghost", displayName: "G", role: .supervisor)
        #expect(throws: StoreError.notPermitted(StoreText.unknownUser.text)) {
            try s.desk.caseWindow(CaseWindowRequest(), actor: ghost)
        }
    }

    @Test func countGivesUpPastTheCap() throws {
        let s = try SeededDesk(people: 100)
        let maria = try s.user("maria")
        let total = try s.desk.pool.read { (db: Database) throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM cases")! }
        #expect(try s.desk.caseCount(filter: "", actor: maria) == total)
        // Lower cap through many more cases would be slow; check the rule on a bigger set instead.
        #expect(CaseDesk.countCap == 10_000)
    }

    @Test func overdueComesFromScheduledFollowUpsInThePast() throws {
        let s = try SeededDesk()
        let maria = try s.user("maria")
        let rows = try s.allForward(maria, pageSize: 300)
        let overdueIDs = try s.desk.pool.read { (db: Database) throws in
            try Set(Int64.fetchAll(db, sql: """
                SELECT DISTINCT case_id FROM follow_ups WHERE status = 'scheduled' AND due_at < ?
                """, arguments: [Int64(s.clock.date.timeIntervalSince1970)]))
        }
        #expect(!overdueIDs.isEmpty)
        #expect(Set(rows.filter(\.isOverdue).map(\.id)) == overdueIDs)
        // Time passes: more follow-ups fall due.
        s.clock.advance(60 * 86_400)
        let later = try s.allForward(maria, pageSize: 300).filter(\.isOverdue).count
        #expect(later > overdueIDs.count)
    }

    @Test func windowQueriesUseIndexes() throws {
        let s = try SeededDesk(people: 300)
        let maria = try s.user("maria"), jorge = try s.user("jorge"), pedro = try s.user("pedro")
        let anchor = try s.desk.caseWindow(CaseWindowRequest(limit: 40), actor: maria).last!.key
        for actor in [maria, jorge, pedro] {
            for request in [
                CaseWindowRequest(), CaseWindowRequest(anchor: anchor, direction: .after),
                CaseWindowRequest(anchor: anchor, direction: .before),
                CaseWindowRequest(direction: .before), CaseWindowRequest(filter: "h"),
                CaseWindowRequest(filter: "her mar", anchor: anchor, direction: .before),
            ] {
                // ftsDrivenLimit 0: a name filter walks the list in index order.
                let plan = try s.desk.pool.read { db -> [String] in
                    let query = try s.desk.windowQuery(db, request, actor: actor, ftsDrivenLimit: 0)!
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql,
                                            arguments: query.arguments).map { $0["detail"] as String }
                }
                let text = plan.joined(separator: " | ")
                #expect(!plan.contains { $0 == "SCAN c" || $0.hasPrefix("SCAN cases") || $0 == "SCAN p" }, "\(text)")
                #expect(!text.contains("TEMP B-TREE"), "\(actor.username): \(text)")
                #expect(text.contains("USING INDEX cases_"), "\(text)")
            }
        }
    }
}

extension CaseListTests {
    @Test func ftsDrivenPlanSortsOnlyTheMatches() throws {
        let s = try SeededDesk(people: 300)
        let maria = try s.user("maria")
        let plan = try s.desk.pool.read { (db: Database) throws -> String in
            let query = try s.desk.windowQuery(db, CaseWindowRequest(filter: "munoz"), actor: maria)!
            #expect(query.ftsDriven)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments)
                .map { $0["detail"] as String }.joined(separator: " | ")
        }
        #expect(plan.hasPrefix("SCAN people_fts VIRTUAL TABLE"), "\(plan)")
        #expect(plan.contains("SEARCH c USING INDEX cases_person"), "\(plan)")
        #expect(!plan.contains("SCAN c"), "\(plan)")
    }
}

extension CaseListTests {
    @Test func phoneAndCURPFindThePerson() throws {
        let s = try SeededDesk(people: 200)
        let maria = try s.user("maria")
        let (e164, personID, curp, curpPerson) = try s.desk.pool.read { (db: Database) throws in
            let phone = try Row.fetchOne(db, sql: "SELECT e164, person_id FROM phones WHERE e164 LIKE '+1%' LIMIT 1 OFFSET 17")!
            let curp = try Row.fetchOne(db, sql: "SELECT curp, id FROM people WHERE curp IS NOT NULL LIMIT 1 OFFSET 3")!
            return (phone[0] as String, phone[1] as Int64, curp[0] as String, curp[1] as Int64)
        }
        func casesOf(_ person: Int64) throws -> Set<Int64> {
            try s.desk.pool.read { (db: Database) throws in
                try Set(Int64.fetchAll(db, sql: "SELECT c.id FROM cases c JOIN phones ph ON ph.person_id = c.person_id WHERE ph.e164 = ? UNION SELECT id FROM cases WHERE person_id = ?", arguments: [e164, person]))
            }
        }
        let digits = String(e164.dropFirst(2))
        let typed = "(\(digits.prefix(3))) \(digits.dropFirst(3).prefix(3))-\(digits.suffix(4))"
        let byPhone = try s.desk.caseWindow(CaseWindowRequest(filter: typed), actor: maria)
        #expect(!byPhone.isEmpty)
        #expect(Set(byPhone.map(\.id)) == (try casesOf(personID)))
        #expect(try s.desk.caseCount(filter: typed, actor: maria) == byPhone.count)
        #expect(try s.desk.caseWindow(CaseWindowRequest(filter: "+1 " + digits), actor: maria) == byPhone)

        let byCURP = try s.desk.caseWindow(CaseWindowRequest(filter: curp.lowercased()), actor: maria)
        let expected = try s.desk.pool.read { (db: Database) throws in
            try Int64.fetchAll(db, sql: "SELECT id FROM cases WHERE person_id = ? ORDER BY opened_at DESC, id DESC", arguments: [curpPerson])
        }
        #expect(byCURP.map(\.id) == expected)
        #expect(!expected.isEmpty)
        // Not a whole phone or CURP: no match, no error.
        #expect(try s.desk.caseWindow(CaseWindowRequest(filter: "(312) 555-01"), actor: maria).isEmpty)
    }
}

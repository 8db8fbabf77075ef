import Testing
@testable import EnlaceCore

@Suite struct NameFoldingTests {
    @Test(arguments: [
        ("José Ángel", "jose angel"),
        ("MUÑOZ-PÉREZ", "munoz perez"),
        ("  María   de   Jesús  ", "maria de jesus"),
        ("O'Connor", "o connor"),
        ("Łukasz Øster Đorđe Straße", "lukasz oster dorde strasse"),
        ("Ægir Œuvre Þór", "aegir oeuvre thor"),
        ("ﬁdel", "fidel"),
        ("Ｊｏｓé", "jose"),
        ("Mª José", "ma jose"),
        ("Güero", "guero"),
        ("line\u{0}feed\u{7}\ttab\nnew", "line feed tab new"),
        ("zero\u{200B}width", "zero width"),
        ("Calle ٣", "calle 3"),
        ("", ""),
        ("!!!", ""),
    ])
    func searchForm(text: String, expected: String) {
        #expect(NameFolding.searchForm(text) == expected)
    }

    @Test func compactForm() {
        #expect(NameFolding.compactForm("De la Cruz") == "delacruz")
    }

    @Test func hugeInputIsLinear() {
        let huge = String(repeating: "Ñ", count: 10_000)
        #expect(NameFolding.searchForm(huge) == String(repeating: "n", count: 10_000))
    }
}

@Suite struct NameTokenizerTests {
    @Test(arguments: [
        ("María de Jesús", ["María", "de Jesús"]),
        ("José María", ["José", "María"]),
        ("de la Cruz", ["de la Cruz"]),
        ("Ortega y Gasset", ["Ortega", "y Gasset"]),
        ("del Río", ["del Río"]),
        ("de los Santos", ["de los Santos"]),
        ("Muñoz-Pérez", ["Muñoz-Pérez"]),
        ("Juan de", ["Juan de"]),
        ("De", ["De"]),
        ("San Juan", ["San", "Juan"]),
        ("", []),
    ])
    func units(text: String, expected: [String]) {
        #expect(NameTokenizer.units(text) == expected)
    }

    @Test func significantWords() {
        #expect(NameTokenizer.significantWords("de la Cruz") == ["cruz"])
        #expect(NameTokenizer.significantWords("Muñoz-Pérez") == ["munoz", "perez"])
        #expect(NameTokenizer.significantWords("De La") == ["de", "la"])
    }
}

@Suite struct PersonNameTests {
    @Test func displayForms() {
        let name = PersonName(givenNames: "José Ángel", firstSurname: "Muñoz", secondSurname: "Pérez")
        #expect(name.fullName == "José Ángel Muñoz Pérez")
        #expect(name.listForm == "Muñoz Pérez, José Ángel")
        #expect(name.shortForm == "José Á. Muñoz")
        #expect(name.callName == "José")
        #expect(name.sortKey == "munoz perez jose angel")
    }

    @Test(arguments: [
        (PersonName(givenNames: "María de Jesús", firstSurname: "de la Cruz", secondSurname: "Hernández"),
         "de la Cruz Hernández, María de Jesús", "María J. de la Cruz"),
        (PersonName(givenNames: "Ana", firstSurname: "López"), "López, Ana", "Ana López"),
        (PersonName(givenNames: "Ana", firstSurname: "", secondSurname: "López"), "López, Ana", "Ana López"),
        (PersonName(givenNames: "Ana", firstSurname: ""), "Ana", "Ana"),
        (PersonName(givenNames: "", firstSurname: "López"), "López", "López"),
        (PersonName(givenNames: "  José   María ", firstSurname: " Muñoz-Pérez "), "Muñoz-Pérez, José María",
         "José M. Muñoz-Pérez"),
    ])
    func forms(name: PersonName, list: String, short: String) {
        #expect(name.listForm == list)
        #expect(name.shortForm == short)
    }

    @Test func preferredNameIsTheCallName() {
        let name = PersonName(givenNames: "Jesús", firstSurname: "Ramírez", preferredName: "Chuy")
        #expect(name.callName == "Chuy")
        #expect(PersonName(givenNames: "", firstSurname: "").isEmpty)
        #expect(!name.isEmpty)
    }
}

@Suite struct NamePhoneticsTests {
    @Test(arguments: [
        ("Vázquez", "Basquez"), ("Velázquez", "Velasquez"), ("Hernández", "Ernandes"),
        ("Jiménez", "Giménez"), ("Jiménez", "Ximénez"), ("México", "Méjico"), ("Castillo", "Castiyo"),
        ("Yolanda", "Llolanda"), ("Quiroz", "Kiros"), ("Cervantes", "Servantes"), ("Javier", "Xavier"),
        ("González", "Gonsales"), ("Guerrero", "Guerero"), ("Núñez", "Nunes"), ("Ramírez", "Ramires"),
        ("Villa", "Biya"), ("Herrera", "Errera"), ("Campos", "Canpos"), ("Kike", "Quique"),
        ("Cecilia", "Secilia"), ("Rocío", "Rosio"), ("Zúñiga", "Suniga"), ("Aarón", "Aron"),
    ])
    func soundAlike(a: String, b: String) {
        #expect(NamePhonetics.key(a) == NamePhonetics.key(b))
    }

    @Test(arguments: [
        ("Castro", "Casto"), ("Pérez", "Peña"), ("Luna", "Lara"), ("Chávez", "Cavez"), ("Gil", "Gal"),
        ("Mora", "Moya"),
    ])
    func soundDifferent(a: String, b: String) {
        #expect(NamePhonetics.key(a) != NamePhonetics.key(b))
    }

    @Test(arguments: [
        ("Vázquez", "baskes"), ("Hernández", "ernandes"), ("Guerrero", "gerero"), ("Chávez", "chabes"),
        ("Quintana", "kintana"), ("Ruy", "rui"), ("Guillermo", "giyermo"), ("", ""),
    ])
    func keys(word: String, key: String) {
        #expect(NamePhonetics.key(word) == key)
    }
}

@Suite struct NicknameTests {
    @Test(arguments: [
        ("Chuy", ["jesus"]), ("Lupe", ["guadalupe"]), ("Pancho", ["francisco"]), ("paco", ["francisco"]),
        ("Pepe", ["jose"]), ("Chema", ["jose maria"]), ("Nacho", ["ignacio"]), ("Memo", ["guillermo"]),
        ("Lalo", ["eduardo"]), ("Toño", ["antonio"]), ("TOÑA", ["antonia"]), ("Beto", ["alberto", "roberto"]),
        ("Chelo", ["consuelo"]), ("Lola", ["dolores"]), ("Concha", ["concepcion"]), ("Chayo", ["rosario"]),
        ("Lencho", ["lorenzo"]), ("Lupita", ["guadalupe"]), ("Paty", ["patricia"]), ("Lucha", ["luz"]),
        ("Juanita", ["juana"]), ("Chío", ["rocio"]), ("Kike", ["enrique"]), ("Quique", ["enrique"]),
        ("Güero", []), ("José", []), ("", []),
    ])
    func expansions(nickname: String, expected: [String]) {
        #expect(NameNicknames.expansions(of: nickname) == expected)
    }

    @Test func tableSizeAndForm() {
        #expect(NameNicknames.table.count >= 30)
        for (nick, names) in NameNicknames.table {
            #expect(NameFolding.searchForm(nick) == nick)
            for name in names { #expect(NameFolding.searchForm(name) == name) }
        }
        #expect(NameNicknames.table["guero"] == nil)
    }

    @Test func reverse() {
        #expect(NameNicknames.nicknames(of: "Jesús") == ["chucho", "chuy"])
        #expect(Set(NameNicknames.nicknames(inGivenNames: "José María")) == ["pepe", "chema"])
        #expect(NameNicknames.nicknames(inGivenNames: "Xóchitl") == [])
    }
}

@Suite struct NameKeysTests {
    let jose = PersonName(givenNames: "José Ángel", firstSurname: "Muñoz", secondSurname: "Pérez")

    @Test func searchTokensOfASimpleName() {
        #expect(NameKeys.searchTokens(for: jose) == ["jose", "angel", "munoz", "perez", "pepe"])
    }

    @Test func particlesHyphensAndNicknames() {
        let name = PersonName(givenNames: "María de Jesús", firstSurname: "de la Cruz",
                              secondSurname: "Muñoz-Pérez", preferredName: "Chuy")
        let tokens = NameKeys.searchTokens(for: name)
        for expected in ["maria", "jesus", "dejesus", "cruz", "delacruz", "munoz", "perez", "munozperez", "chuy",
                         "chucho"] {
            #expect(tokens.contains(expected), "missing \(expected)")
        }
        #expect(!tokens.contains("de"))
        #expect(!tokens.contains("la"))
        #expect(Set(tokens).count == tokens.count)
        #expect(tokens.allSatisfy { !$0.contains(" ") && !$0.isEmpty })
    }

    @Test func mergedParticleSurname() {
        let tokens = NameKeys.searchTokens(for: PersonName(givenNames: "Ana", firstSurname: "Delacruz"))
        #expect(tokens.contains("delacruz") && tokens.contains("cruz"))
        #expect(!NameKeys.searchTokens(for: PersonName(givenNames: "Ana", firstSurname: "Delgado")).contains("gado"))
    }

    @Test func nicknameOnlyPersonGetsTheGivenName() {
        let tokens = NameKeys.searchTokens(for: PersonName(givenNames: "Chema", firstSurname: "Ruiz"))
        #expect(tokens.contains("jose") && tokens.contains("maria"))
        let beto = NameKeys.searchTokens(for: PersonName(givenNames: "Beto", firstSurname: "Ruiz"))
        #expect(beto.contains("alberto") && beto.contains("roberto"))
    }

    @Test func phoneticTokens() {
        let keys = NameKeys.phoneticTokens(for: PersonName(givenNames: "Javier", firstSurname: "Vázquez"))
        #expect(keys.contains(NamePhonetics.key("Xavier")))
        #expect(keys.contains(NamePhonetics.key("Basques")))
    }

    /// Simulates the store: a query matches when every query token is among the indexed
    /// tokens (or, for phonetic matching, every phonetic query token among the phonetic keys).
    @Test(arguments: [
        ("jose munoz", true), ("José Muñoz", true), ("munoz", true), ("perez", true), ("Pérez José", true),
        ("pepe munoz", true), ("Muñoz-Pérez", true), ("angel", true), ("maria munoz", false),
    ])
    func queriesMatchTheIndex(query: String, matches: Bool) {
        let q = QueryTokens.parse(query)
        let index = Set(NameKeys.searchTokens(for: jose))
        #expect(q.nameTokens.allSatisfy(index.contains) == matches)
    }

    @Test(arguments: [
        ("Jose Munos", true), ("Xose Munos Peres", true), ("Anjel Munios", false), ("Anjel Munos", true),
        ("Jose Basques", false),
    ])
    func phoneticQueriesMatch(query: String, matches: Bool) {
        let q = QueryTokens.parse(query)
        let index = Set(NameKeys.phoneticTokens(for: jose))
        #expect(q.phoneticTokens.allSatisfy(index.contains) == matches)
    }

    @Test func queryForSurnameWithParticlesMatchesMergedForm() {
        let index = Set(NameKeys.searchTokens(for: PersonName(givenNames: "Ana", firstSurname: "Delacruz")))
        #expect(QueryTokens.parse("Ana de la Cruz").nameTokens.allSatisfy(index.contains))
        let index2 = Set(NameKeys.searchTokens(for: PersonName(givenNames: "Ana", firstSurname: "de la Cruz")))
        #expect(QueryTokens.parse("ana delacruz").nameTokens.allSatisfy(index2.contains))
        #expect(QueryTokens.parse("chuy").nameTokens.allSatisfy(
            Set(NameKeys.searchTokens(for: PersonName(givenNames: "Jesús", firstSurname: "Ramírez"))).contains))
    }
}

@Suite struct QueryTokensTests {
    @Test func nameWords() {
        let q = QueryTokens.parse("  María de la Cruz ")
        #expect(q.nameTokens == ["maria", "cruz"])
        #expect(q.phoneticTokens == ["maria", "krus"])
        #expect(q.phoneDigits == nil && q.curp == nil && q.caseNumber == nil)
    }

    @Test(arguments: [
        ("(312) 555-0142", "3125550142"), ("312.555.0142", "3125550142"), ("+1 312 555 0142", "3125550142"),
        ("+52 1 55 1234 5678", "5512345678"), ("555-0142", "5550142"), ("juan 312 555 0142", "3125550142"),
    ])
    func phoneDigits(query: String, digits: String) {
        #expect(QueryTokens.parse(query).phoneDigits == digits)
    }

    @Test func shortNumbersAreNotPhones() {
        let q = QueryTokens.parse("123456")
        #expect(q.phoneDigits == nil)
        #expect(q.documentNumbers == ["123456"])
    }

    @Test func curp() {
        let q = QueryTokens.parse("pela921105mmcrpn03")
        #expect(q.curp == "PELA921105MMCRPN03")
        #expect(q.nameTokens.isEmpty)
        // The shape is enough: a wrong check digit still searches.
        #expect(QueryTokens.parse("PELA921105MMCRPN09").curp == "PELA921105MMCRPN09")
        #expect(QueryTokens.parse("PELA921105XMCRPN03").curp == nil)
    }

    @Test(arguments: [
        ("2026-000123", CaseNumberQuery(year: 2026, sequence: 123)),
        ("#123", CaseNumberQuery(year: nil, sequence: 123)),
        ("caso #45", CaseNumberQuery(year: nil, sequence: 45)),
    ])
    func caseNumbers(query: String, expected: CaseNumberQuery) {
        #expect(QueryTokens.parse(query).caseNumber == expected)
    }

    @Test(arguments: [
        ("12/03/1985", [CalendarDate(year: 1985, month: 3, day: 12)!, CalendarDate(year: 1985, month: 12, day: 3)!]),
        ("13/03/1985", [CalendarDate(year: 1985, month: 3, day: 13)!]),
        ("1985-03-12", [CalendarDate(year: 1985, month: 3, day: 12)!]),
        ("juan 29/02/2024", [CalendarDate(year: 2024, month: 2, day: 29)!]),
    ])
    func dates(query: String, expected: [CalendarDate]) {
        let q = QueryTokens.parse(query)
        #expect(q.dates == expected)
        #expect(q.phoneDigits == nil)
    }

    @Test func datesMonthFirstAndImpossible() {
        #expect(QueryTokens.parse("03/13/1985", order: .monthFirst).dates == [CalendarDate(year: 1985, month: 3, day: 13)!])
        #expect(QueryTokens.parse("31/02/1985").dates.isEmpty)
        #expect(QueryTokens.parse("31/02/1985").phoneDigits == nil)
        #expect(QueryTokens.parse("312-555-0142").dates.isEmpty)
        #expect(QueryTokens.parse("312-555-0142").phoneDigits == "3125550142")
    }

    @Test func labelWordsAreNotNames() {
        let q = QueryTokens.parse("caso #45 tel 312 555 0142 Ramírez")
        #expect(q.nameTokens == ["ramirez"])
        #expect(q.caseNumber == CaseNumberQuery(year: nil, sequence: 45))
        #expect(q.phoneDigits == "3125550142")
    }

    @Test func documentNumbers() {
        let q = QueryTokens.parse("A-123456789 López")
        #expect(q.documentNumbers == ["A123456789"])
        #expect(q.nameTokens == ["lopez"])
    }

    @Test func hostileQueries() {
        let huge = QueryTokens.parse(String(repeating: "José ", count: 2_000))
        #expect(huge.truncated)
        #expect(huge.nameTokens == ["jose"])
        let control = QueryTokens.parse("\u{0}\u{1B}\u{7}")
        #expect(control.isEmpty)
        #expect(QueryTokens.parse("").isEmpty)
        #expect(QueryTokens.parse("de la").nameTokens == ["de", "la"])
    }
}

@Suite struct HostileNameInputTests {
    @Test func tenThousandCharacters() {
        let long = String(repeating: "Ñandú de la Peña ", count: 600)
        let name = PersonName(givenNames: long, firstSurname: long, secondSurname: "", preferredName: long)
        let tokens = NameKeys.searchTokens(for: name)
        #expect(tokens.contains("nandu") && tokens.contains("pena") && tokens.contains("delapena"))
        #expect(Set(tokens).count == tokens.count)
        #expect(NamePhonetics.key(String(repeating: "ll", count: 5_000)) == "y")
        #expect(NameNicknames.expansions(of: String(repeating: "chuy", count: 2_500)).isEmpty)
    }

    @Test func controlCharactersAreSeparators() {
        let name = PersonName(givenNames: "Jo\u{0}sé\u{1B}[31m", firstSurname: "Pé\u{7}rez")
        // The pieces are indexed, and so is the whole word a stray control character split.
        #expect(NameKeys.searchTokens(for: name) == ["jo", "se", "31m", "jose31m", "pe", "rez", "perez"])
        #expect(NameFolding.searchForm("\u{1B}[2J\u{0}") == "2j")
    }
}

import Testing
@testable import EnlaceCore

@Suite struct MexicanStateTests {
    @Test func thirtyTwoStatesWithDistinctCodes() {
        #expect(MexicanState.allCases.count == 32)
        #expect(Set(MexicanState.allCases.map(\.curpCode)).count == 32)
        #expect(MexicanState.allCases.map(\.inegiNumber) == Array(1...32))
        #expect(MexicanState.allCases.map(\.curpCode).joined(separator: " ")
                == "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS")
    }

    @Test(arguments: [
        ("01", MexicanState.aguascalientes, "Aguascalientes", "AS"),
        ("09", .ciudadDeMexico, "Ciudad de México", "DF"),
        ("14", .jalisco, "Jalisco", "JC"),
        ("15", .estadoDeMexico, "México", "MC"),
        ("16", .michoacan, "Michoacán de Ocampo", "MN"),
        ("19", .nuevoLeon, "Nuevo León", "NL"),
        ("30", .veracruz, "Veracruz de Ignacio de la Llave", "VZ"),
        ("32", .zacatecas, "Zacatecas", "ZS"),
    ])
    func inegiCodeNameAndCURPCode(code: String, state: MexicanState, official: String, curp: String) {
        #expect(MexicanState(inegiCode: code) == state)
        #expect(state.officialName == official)
        #expect(state.curpCode == curp)
        #expect(MexicanState(curpCode: curp.lowercased()) == state)
        #expect(state.inegiCode == code)
    }

    @Test(arguments: ["0", "33", "00", "1a", "", "001", "-1"])
    func unknownInegiCodes(code: String) {
        #expect(MexicanState(inegiCode: code) == nil)
    }

    @Test func inegiCodeWithoutLeadingZero() {
        #expect(MexicanState(inegiCode: "9") == .ciudadDeMexico)
        #expect(MexicanState(inegiCode: " 7 ") == .chiapas)
    }

    @Test(arguments: [
        ("CDMX", MexicanState.ciudadDeMexico), ("cdmx", .ciudadDeMexico), ("D.F.", .ciudadDeMexico),
        ("ciudad de mexico", .ciudadDeMexico), ("Distrito Federal", .ciudadDeMexico),
        ("Edomex", .estadoDeMexico), ("Estado de México", .estadoDeMexico), ("estado de mexico", .estadoDeMexico),
        ("Edo. de Méx.", .estadoDeMexico),
        ("Michoacán de Ocampo", .michoacan), ("michoacan", .michoacan), ("MICHOACÁN", .michoacan),
        ("Coahuila", .coahuila), ("Coahuila de Zaragoza", .coahuila),
        ("Veracruz", .veracruz), ("nuevo leon", .nuevoLeon), ("San Luis Potosi", .sanLuisPotosi),
        ("SLP", .sanLuisPotosi), ("Q. Roo", .quintanaRoo), ("Quintana  Roo", .quintanaRoo),
        ("yucatan", .yucatan), ("Querétaro de Arteaga", .queretaro), ("BCS", .bajaCaliforniaSur),
        ("Baja California", .bajaCalifornia), ("  Oaxaca ", .oaxaca),
    ])
    func looseNames(text: String, state: MexicanState) {
        #expect(MexicanState(name: text) == state)
        #expect(MexicanState(lookup: text) == state)
    }

    @Test(arguments: ["Texas", "Mexicali", "", "   ", "Jaliscoo", "NE"])
    func unknownNames(text: String) {
        #expect(MexicanState(name: text) == nil)
    }

    @Test func lookupTriesCodesThenNames() {
        #expect(MexicanState(lookup: "14") == .jalisco)
        #expect(MexicanState(lookup: "jc") == .jalisco)
        #expect(MexicanState(lookup: "Jal.") == .jalisco)
        #expect(MexicanState(lookup: "NE") == nil)
    }

    @Test func suggestionsByPrefix() {
        #expect(MexicanState.suggestions(for: "baja") == [.bajaCalifornia, .bajaCaliforniaSur])
        #expect(MexicanState.suggestions(for: "mich") == [.michoacan])
        #expect(MexicanState.suggestions(for: "") == [])
        #expect(MexicanState.suggestions(for: "zzz") == [])
    }

    @Test func curpBirthPlace() {
        #expect(CURPBirthPlace(curpCode: "NE") == .abroad)
        #expect(CURPBirthPlace(curpCode: "oc") == .state(.oaxaca))
        #expect(CURPBirthPlace(curpCode: "XX") == nil)
        #expect(CURPBirthPlace.abroad.curpCode == "NE")
        #expect(CURPBirthPlace.state(.puebla).curpCode == "PL")
    }

    @Test func hugeNameIsNotAState() {
        #expect(MexicanState(name: String(repeating: "Jalisco", count: 2000)) == nil)
        #expect(MexicanState.suggestions(for: String(repeating: "a", count: 10_000)) == [])
    }
}

@Suite struct USStateTests {
    @Test func tableHasStatesDCAndTerritories() {
        #expect(USState.all.count == 56)
        #expect(Set(USState.all.map(\.code)).count == 56)
    }

    @Test(arguments: [
        ("IL", "Illinois"), ("il", "Illinois"), ("illinois", "Illinois"), ("New  York", "New York"),
        ("ca", "California"), ("DC", "District of Columbia"), ("washington dc", "District of Columbia"),
        ("Puerto Rico", "Puerto Rico"), ("tx", "Texas"),
    ])
    func lookup(text: String, name: String) {
        #expect(USState.lookup(text)?.name == name)
    }

    @Test(arguments: ["ZZ", "Jalisco", "", "I"])
    func unknown(text: String) {
        #expect(USState.lookup(text) == nil)
    }
}

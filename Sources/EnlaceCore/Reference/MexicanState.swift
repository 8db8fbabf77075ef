/// Mexico's 32 federal entities. The raw value is the two-digit INEGI code ("01" ... "32"),
/// which is what the store keeps.
public enum MexicanState: String, CaseIterable, Sendable, Codable, Hashable {
    case aguascalientes = "01"
    case bajaCalifornia = "02"
    case bajaCaliforniaSur = "03"
    case campeche = "04"
    case coahuila = "05"
    case colima = "06"
    case chiapas = "07"
    case chihuahua = "08"
    case ciudadDeMexico = "09"
    case durango = "10"
    case guanajuato = "11"
    case guerrero = "12"
    case hidalgo = "13"
    case jalisco = "14"
    case estadoDeMexico = "15"
    case michoacan = "16"
    case morelos = "17"
    case nayarit = "18"
    case nuevoLeon = "19"
    case oaxaca = "20"
    case puebla = "21"
    case queretaro = "22"
    case quintanaRoo = "23"
    case sanLuisPotosi = "24"
    case sinaloa = "25"
    case sonora = "26"
    case tabasco = "27"
    case tamaulipas = "28"
    case tlaxcala = "29"
    case veracruz = "30"
    case yucatan = "31"
    case zacatecas = "32"

    /// The two-digit INEGI code, "01" ... "32".
    public var inegiCode: String { rawValue }

    /// The INEGI code as a number, 1 ... 32.
    public var inegiNumber: Int { Int(rawValue)! }

    /// The name in INEGI's catalogue of federal entities.
    public var officialName: String { Self.table[self]!.official }

    /// The name people use day to day ("Coahuila", "Estado de México", "Veracruz").
    public var commonName: String { Self.table[self]!.common }

    /// The two-letter code of the state in a CURP (positions 12-13).
    public var curpCode: String { Self.table[self]!.curp }

    /// The state with this INEGI code; accepts "9", "09" and surrounding spaces.
    public init?(inegiCode: String) {
        let trimmed = inegiCode.trimmingCharacters(in: .whitespaces)
        guard (1...2).contains(trimmed.count), let n = Int(trimmed), (1...32).contains(n) else {
            return nil
        }
        self.init(rawValue: n < 10 ? "0\(n)" : "\(n)")
    }

    /// The state with this CURP code ("JC", case-insensitive). `NE` (born abroad) is not a
    /// state: see `CURPBirthPlace`.
    public init?(curpCode: String) {
        let code = curpCode.trimmingCharacters(in: .whitespaces).uppercased()
        guard let state = Self.byCURPCode[code] else { return nil }
        self = state
    }

    /// The state a loosely typed name refers to: accents, case, punctuation and spaces do not
    /// matter; official, common and short names and usual abbreviations are known
    /// ("CDMX", "DF", "Edomex", "Estado de México", "Michoacán de Ocampo", "SLP", "Q. Roo").
    public init?(name: String) {
        guard let state = Self.byAlias[Self.aliasKey(name)] else { return nil }
        self = state
    }

    /// Resolves whatever a person typed to identify a state: an INEGI code, a CURP code or a
    /// name. Two letters are tried as a CURP code before a name.
    public init?(lookup text: String) {
        if let s = MexicanState(inegiCode: text) { self = s; return }
        if let s = MexicanState(curpCode: text) { self = s; return }
        if let s = MexicanState(name: text) { self = s; return }
        return nil
    }

    /// States whose official name, common name or an alias starts with what was typed,
    /// for completion as a person types. In INEGI order; empty for empty input.
    public static func suggestions(for prefix: String) -> [MexicanState] {
        let key = aliasKey(prefix)
        guard !key.isEmpty else { return [] }
        return allCases.filter { state in
            aliases[state, default: []].contains { aliasKey($0).hasPrefix(key) }
        }
    }

    // MARK: - Data

    private struct Names {
        let official: String
        let common: String
        let curp: String
    }

    private static let table: [MexicanState: Names] = [
        .aguascalientes: Names(official: "Aguascalientes", common: "Aguascalientes", curp: "AS"),
        .bajaCalifornia: Names(official: "Baja California", common: "Baja California", curp: "BC"),
        .bajaCaliforniaSur: Names(official: "Baja California Sur", common: "Baja California Sur", curp: "BS"),
        .campeche: Names(official: "Campeche", common: "Campeche", curp: "CC"),
        .coahuila: Names(official: "Coahuila de Zaragoza", common: "Coahuila", curp: "CL"),
        .colima: Names(official: "Colima", common: "Colima", curp: "CM"),
        .chiapas: Names(official: "Chiapas", common: "Chiapas", curp: "CS"),
        .chihuahua: Names(official: "Chihuahua", common: "Chihuahua", curp: "CH"),
        .ciudadDeMexico: Names(official: "Ciudad de México", common: "Ciudad de México", curp: "DF"),
        .durango: Names(official: "Durango", common: "Durango", curp: "DG"),
        .guanajuato: Names(official: "Guanajuato", common: "Guanajuato", curp: "GT"),
        .guerrero: Names(official: "Guerrero", common: "Guerrero", curp: "GR"),
        .hidalgo: Names(official: "Hidalgo", common: "Hidalgo", curp: "HG"),
        .jalisco: Names(official: "Jalisco", common: "Jalisco", curp: "JC"),
        .estadoDeMexico: Names(official: "México", common: "Estado de México", curp: "MC"),
        .michoacan: Names(official: "Michoacán de Ocampo", common: "Michoacán", curp: "MN"),
        .morelos: Names(official: "Morelos", common: "Morelos", curp: "MS"),
        .nayarit: Names(official: "Nayarit", common: "Nayarit", curp: "NT"),
        .nuevoLeon: Names(official: "Nuevo León", common: "Nuevo León", curp: "NL"),
        .oaxaca: Names(official: "Oaxaca", common: "Oaxaca", curp: "OC"),
        .puebla: Names(official: "Puebla", common: "Puebla", curp: "PL"),
        .queretaro: Names(official: "Querétaro", common: "Querétaro", curp: "QT"),
        .quintanaRoo: Names(official: "Quintana Roo", common: "Quintana Roo", curp: "QR"),
        .sanLuisPotosi: Names(official: "San Luis Potosí", common: "San Luis Potosí", curp: "SP"),
        .sinaloa: Names(official: "Sinaloa", common: "Sinaloa", curp: "SL"),
        .sonora: Names(official: "Sonora", common: "Sonora", curp: "SR"),
        .tabasco: Names(official: "Tabasco", common: "Tabasco", curp: "TC"),
        .tamaulipas: Names(official: "Tamaulipas", common: "Tamaulipas", curp: "TS"),
        .tlaxcala: Names(official: "Tlaxcala", common: "Tlaxcala", curp: "TL"),
        .veracruz: Names(official: "Veracruz de Ignacio de la Llave", common: "Veracruz", curp: "VZ"),
        .yucatan: Names(official: "Yucatán", common: "Yucatán", curp: "YN"),
        .zacatecas: Names(official: "Zacatecas", common: "Zacatecas", curp: "ZS"),
    ]

    /// Extra names and usual abbreviations, beyond the official and common names.
    private static let extraAliases: [MexicanState: [String]] = [
        .aguascalientes: ["Ags"],
        .bajaCalifornia: ["Baja California Norte", "BC", "BCN"],
        .bajaCaliforniaSur: ["BCS"],
        .campeche: ["Camp"],
        .coahuila: ["Coah"],
        .colima: ["Col"],
        .chiapas: ["Chis"],
        .chihuahua: ["Chih"],
        .ciudadDeMexico: ["CDMX", "DF", "Distrito Federal", "México DF", "México D.F.", "Ciudad de México DF",
                          "Mexico City"],
        .durango: ["Dgo"],
        .guanajuato: ["Gto"],
        .guerrero: ["Gro"],
        .hidalgo: ["Hgo"],
        .jalisco: ["Jal"],
        .estadoDeMexico: ["Edomex", "Edo Mex", "Edo. de México", "Edo. de Méx.", "Edo. Méx.", "Estado de Mexico", "Méx"],
        .michoacan: ["Mich"],
        .morelos: ["Mor"],
        .nayarit: ["Nay"],
        .nuevoLeon: ["NL", "NLE"],
        .oaxaca: ["Oax"],
        .puebla: ["Pue"],
        .queretaro: ["Querétaro de Arteaga", "Qro"],
        .quintanaRoo: ["Q. Roo", "QRoo"],
        .sanLuisPotosi: ["SLP"],
        .sinaloa: ["Sin"],
        .sonora: ["Son"],
        .tabasco: ["Tab"],
        .tamaulipas: ["Tamps"],
        .tlaxcala: ["Tlax"],
        .veracruz: ["Veracruz-Llave", "Veracruz de Ignacio de la Llave", "Ver"],
        .yucatan: ["Yuc"],
        .zacatecas: ["Zac"],
    ]

    private static let aliases: [MexicanState: [String]] = {
        var result: [MexicanState: [String]] = [:]
        for state in allCases {
            let names = table[state]!
            result[state] = [names.official, names.common] + extraAliases[state, default: []]
        }
        return result
    }()

    private static let byAlias: [String: MexicanState] = {
        var result: [String: MexicanState] = [:]
        for state in allCases {
            for alias in aliases[state]! {
                let key = aliasKey(alias)
                precondition(result[key] == nil || result[key] == state, "alias \(alias) is ambiguous")
                result[key] = state
            }
        }
        return result
    }()

    private static let byCURPCode: [String: MexicanState] = {
        Dictionary(uniqueKeysWithValues: allCases.map { (table[$0]!.curp, $0) })
    }()

    /// Folded form used to compare names: no accents, case, punctuation or spaces.
    private static func aliasKey(_ text: String) -> String {
        // Names are short; anything longer cannot be a state and is not folded at all.
        guard text.utf8.count <= 200 else { return "\u{0}" }
        return NameFolding.searchForm(text).replacingOccurrences(of: " ", with: "")
    }
}

/// The place of birth coded in a CURP: a Mexican state, or abroad (`NE`, "nacido en el
/// extranjero").
public enum CURPBirthPlace: Sendable, Hashable, Codable {
    case state(MexicanState)
    case abroad

    public var curpCode: String {
        switch self {
        case .state(let s): return s.curpCode
        case .abroad: return "NE"
        }
    }

    public init?(curpCode: String) {
        let code = curpCode.uppercased()
        if code == "NE" { self = .abroad; return }
        guard let state = MexicanState(curpCode: code) else { return nil }
        self = .state(state)
    }
}

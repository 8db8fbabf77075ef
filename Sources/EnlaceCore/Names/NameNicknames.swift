/// Mexican nicknames (hipocorísticos) and the given names they stand for, so that a search for
/// "Chuy" finds Jesús and a search for "Jesús" finds someone registered as Chuy.
/// Everything is in search form (lowercase, no accents, ñ as n). Words that are used as
/// nicknames but are not names ("Güero", "Flaco", "Chato") are deliberately absent.
public enum NameNicknames {
    /// Nickname -> the given names it may stand for.
    public static let table: [String: [String]] = [
        "chuy": ["jesus"], "chucho": ["jesus"],
        "lupe": ["guadalupe"], "lupita": ["guadalupe"],
        "pancho": ["francisco"], "paco": ["francisco"], "pancha": ["francisca"], "paquita": ["francisca"],
        "pepe": ["jose"], "pepa": ["josefa"],
        "chema": ["jose maria"],
        "nacho": ["ignacio"], "nacha": ["ignacia"],
        "memo": ["guillermo"],
        "lalo": ["eduardo"],
        "tono": ["antonio"], "tona": ["antonia"],
        "beto": ["alberto", "roberto"],
        "chelo": ["consuelo"],
        "lola": ["dolores"],
        "concha": ["concepcion"], "conchita": ["concepcion"],
        "chayo": ["rosario"], "charo": ["rosario"],
        "lencho": ["lorenzo"],
        "paty": ["patricia"], "pati": ["patricia"],
        "lucha": ["luz"],
        "juanita": ["juana"], "juanito": ["juan"],
        "rosy": ["rocio", "rosa"], "chio": ["rocio"],
        "kike": ["enrique"], "quique": ["enrique"],
        "chava": ["salvador"],
        "poncho": ["alfonso"],
        "goyo": ["gregorio"],
        "tere": ["teresa"],
        "meche": ["mercedes"],
        "chente": ["vicente"],
        "licha": ["alicia"],
        "chabela": ["isabel"],
        "chela": ["graciela"],
        "rafa": ["rafael"],
        "manolo": ["manuel"],
        "nando": ["fernando"],
        "tavo": ["gustavo", "octavio"],
        "rigo": ["rigoberto"],
        "cuca": ["refugio"],
        "pili": ["pilar"],
    ]

    /// The given names a nickname may stand for, in search form; empty when the word is not
    /// a known nickname. Accents and case of the input do not matter ("Toño" -> ["antonio"]).
    /// A result may have several words ("chema" -> ["jose maria"]).
    public static func expansions(of token: String) -> [String] {
        guard token.utf8.count <= 100 else { return [] }
        return table[NameFolding.searchForm(token)] ?? []
    }

    /// The nicknames of a given name, in search form ("jose maria" -> ["chema"]).
    public static func nicknames(of givenName: String) -> [String] {
        guard givenName.utf8.count <= 100 else { return [] }
        return reverse[NameFolding.searchForm(givenName)] ?? []
    }

    /// Nicknames of every given name found in a text of given names, single or compound:
    /// "José María" -> ["pepe", "chema"] (pepe for José, chema for José María).
    public static func nicknames(inGivenNames text: String) -> [String] {
        let words = NameFolding.searchForm(text).split(separator: " ").map(String.init)
        var result: [String] = []
        for start in words.indices {
            for end in start..<min(words.count, start + 3) {
                let phrase = words[start...end].joined(separator: " ")
                for nick in reverse[phrase] ?? [] where !result.contains(nick) { result.append(nick) }
            }
        }
        return result
    }

    private static let reverse: [String: [String]] = {
        var result: [String: [String]] = [:]
        for nick in table.keys.sorted() {
            for name in table[nick]! { result[name, default: []].append(nick) }
        }
        return result
    }()
}

/// A person's name as Mexican documents write it: given names, first (paternal) surname,
/// second (maternal) surname, and the name they go by. Any part may be empty: many US
/// records have one surname, some people have only one.
public struct PersonName: Sendable, Hashable, Codable {
    public var givenNames: String
    public var firstSurname: String
    public var secondSurname: String
    public var preferredName: String

    /// Each part is trimmed and its inner runs of spaces collapsed.
    public init(givenNames: String, firstSurname: String, secondSurname: String = "", preferredName: String = "") {
        self.givenNames = PersonName.tidy(givenNames)
        self.firstSurname = PersonName.tidy(firstSurname)
        self.secondSurname = PersonName.tidy(secondSurname)
        self.preferredName = PersonName.tidy(preferredName)
    }

    /// "Muñoz Pérez" (or the one surname there is).
    public var surnames: String {
        [firstSurname, secondSurname].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "José Ángel Muñoz Pérez".
    public var fullName: String {
        [givenNames, surnames].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "Muñoz Pérez, José Ángel", for lists sorted by surname.
    public var listForm: String {
        if surnames.isEmpty { return givenNames }
        if givenNames.isEmpty { return surnames }
        return surnames + ", " + givenNames
    }

    /// "José Á. Muñoz": the first given name, initials of the others, the first surname.
    /// Compound units keep their particle out: "María de Jesús" -> "María J.".
    public var shortForm: String {
        let units = NameTokenizer.units(givenNames)
        var parts: [String] = []
        if let first = units.first { parts.append(first) }
        for unit in units.dropFirst() {
            if let initial = NameTokenizer.initial(of: unit) { parts.append(initial + ".") }
        }
        let surname = firstSurname.isEmpty ? secondSurname : firstSurname
        if !surname.isEmpty { parts.append(surname) }
        return parts.joined(separator: " ")
    }

    /// The name to address the person by: the preferred name if there is one, otherwise the
    /// first given name ("Chuy", "José").
    public var callName: String {
        if !preferredName.isEmpty { return preferredName }
        return NameTokenizer.units(givenNames).first ?? surnames
    }

    /// True when no part has any letter or digit.
    public var isEmpty: Bool {
        NameFolding.searchForm(givenNames + " " + surnames + " " + preferredName).isEmpty
    }

    /// The text a list sorts by: search form of the list form ("munoz perez jose angel").
    public var sortKey: String { NameFolding.searchForm(listForm) }

    private static func tidy(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

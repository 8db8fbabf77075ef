import EnlaceCore

/// One thing wrong with one field of a form.
public struct FieldProblem: Sendable, Equatable, Hashable {
    /// A stable field identifier ("givenNames", "phones[1]", "curp"...), for the UI to put the
    /// message beside the right field.
    public let field: String
    /// The field's name as a person reads it ("Nombre(s)" / "Given names").
    public let label: LocalizedText
    public let message: LocalizedText

    public init(field: String, label: LocalizedText, message: LocalizedText) {
        self.field = field
        self.label = label
        self.message = message
    }

    /// "Teléfono 2: El número tiene letras..." in `language`.
    public func line(_ language: Language) -> String { "\(label(language)): \(message(language))" }
}

/// Every problem of a form at once (`StoreError.validation`): the person fixes them all in one
/// pass instead of meeting them one by one.
public struct ValidationFailure: Error, Sendable, Equatable {
    public let problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) { self.problems = problems }

    /// The problems of `field`.
    public func problems(for field: String) -> [FieldProblem] { problems.filter { $0.field == field } }

    /// One line per problem, "field: problem", in `language`.
    public func lines(_ language: Language) -> [String] { problems.map { $0.line(language) } }
}

extension LocalizedText {
    /// A text produced by a function of the language (the Core validators' messages).
    static func from(_ message: (Language) -> String) -> LocalizedText {
        LocalizedText(es: message(.es), en: message(.en))
    }
}

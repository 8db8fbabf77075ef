/// Why the machine refused a transition, with the message to show the person.
public enum WorkflowRefusal: Error, Sendable, Equatable {
    /// The table has no such event from that state.
    case noTransition(from: String, event: String, fromLabel: LocalizedText, eventLabel: LocalizedText)
    /// The table allows the event only to `allowed`.
    case roleNotAllowed(role: Role, allowed: [Role])
    /// A guard failed; `reason` says what to do; `kind` whether it is about who may act.
    case guardFailed(name: String, reason: LocalizedText, kind: WorkflowGuardKind)
    /// The actor did not give these inputs.
    case missingInputs([WorkflowInput])
    /// An input check failed; `reason` says what to change.
    case invalidInput(name: String, reason: LocalizedText)

    /// True when the refusal is about who may act (the role, or a guard declared a permission
    /// matter), not about the record or the inputs.
    public var isPermissionMatter: Bool {
        switch self {
        case .roleNotAllowed: return true
        case .guardFailed(_, _, let kind): return kind == .permission
        case .noTransition, .missingInputs, .invalidInput: return false
        }
    }

    public var message: LocalizedText {
        switch self {
        case .noTransition(_, _, let fromLabel, let eventLabel):
            return WorkflowText.refusalNoTransition.text.filling(["event": eventLabel, "state": fromLabel])
        case .roleNotAllowed(let role, let allowed):
            return WorkflowText.refusalRole.text.filling([
                "role": role.label.text,
                "allowed": LocalizedText.joinedAlternatives(allowed.map(\.label.text)),
            ])
        case .guardFailed(_, let reason, _), .invalidInput(_, let reason):
            return reason
        case .missingInputs(let inputs):
            return WorkflowText.refusalMissingInputs.text.filling([
                "inputs": LocalizedText.joinedList(inputs.map(\.label.text)),
            ])
        }
    }
}

extension LocalizedText {
    /// This text with each `{key}` replaced by the value in the same language.
    public func filling(_ values: [String: LocalizedText]) -> LocalizedText {
        LocalizedText(es: format(.es, values.mapValues { $0.es }),
                      en: format(.en, values.mapValues { $0.en }))
    }

    /// "a, b y c" / "a, b and c".
    public static func joinedList(_ items: [LocalizedText]) -> LocalizedText {
        joined(items, es: "y", en: "and")
    }

    /// "a, b o c" / "a, b or c".
    public static func joinedAlternatives(_ items: [LocalizedText]) -> LocalizedText {
        joined(items, es: "o", en: "or")
    }

    private static func joined(_ items: [LocalizedText], es: String, en: String) -> LocalizedText {
        func join(_ parts: [String], _ word: String) -> String {
            switch parts.count {
            case 0: return ""
            case 1: return parts[0]
            default: return parts.dropLast().joined(separator: ", ") + " \(word) " + parts.last!
            }
        }
        return LocalizedText(es: join(items.map(\.es), es), en: join(items.map(\.en), en))
    }
}

/// Renders workflow tables for people (Markdown) and diagrams (Mermaid). Pure functions.
public enum WorkflowDocument {
    /// A Markdown table, one row per rule: from, event, to, roles, guards, inputs (and their
    /// checks), effects.
    /// Values are labels in `language` followed by the stored raw value in backticks.
    public static func table<S, E, C>(_ machine: WorkflowMachine<S, E, C>, _ language: Language) -> String {
        func cell(_ parts: [String]) -> String {
            parts.isEmpty ? WorkflowText.noneMark(language) : parts.joined(separator: ", ")
        }
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        func named(_ label: LocalizedText, _ raw: String) -> String { "\(label(language)) `\(raw)`" }

        let headers: [WorkflowText] = [.headerFrom, .headerEvent, .headerTo, .headerRoles,
                                       .headerGuards, .headerInputs, .headerEffects]
        var lines = ["## \(machine.name(language))", ""]
        lines.append("| " + headers.map { $0(language) }.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: "---|", count: headers.count))
        for rule in machine.rules {
            let row = [
                cell(rule.from.map { named($0.labelText, $0.rawValue) }),
                named(rule.event.labelText, rule.event.rawValue),
                named(rule.to.labelText, rule.to.rawValue),
                cell(rule.orderedRoles.map { $0.label(language) }),
                cell(rule.guards.map { $0.summary(language) }),
                cell(rule.inputs.map { $0.label(language) } + rule.inputChecks.map { $0.summary(language) }),
                cell(rule.effects.map { named($0.label.text, $0.rawValue) }),
            ].map(escape)
            lines.append("| " + row.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Mermaid `stateDiagram-v2`: the initial state, one arrow per (from, event), and the
    /// terminal states. States and events appear by raw value (stable, ASCII).
    public static func mermaid<S, E, C>(_ machine: WorkflowMachine<S, E, C>) -> String {
        var lines = ["stateDiagram-v2", "    [*] --> \(machine.initial.rawValue)"]
        for edge in machine.edges {
            lines.append("    \(edge.from.rawValue) --> \(edge.to.rawValue) : \(edge.event.rawValue)")
        }
        for state in machine.terminalStates {
            lines.append("    \(state.rawValue) --> [*]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

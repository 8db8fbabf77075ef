import ArgumentParser
import EnlaceCore

struct WorkflowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workflow",
        abstract: "Prints the case, referral and follow-up workflows: the same tables the store enforces.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, mermaid
    }

    enum Machine: String, ExpressibleByArgument, CaseIterable {
        case all, `case`, referral, followup
    }

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "table (Markdown) or mermaid (stateDiagram-v2).")
    var format: Format = .table

    @Option(name: .long, help: "Which machine: all, case, referral, followup.")
    var machine: Machine = .all

    func run() throws {
        let language = try Context(options).language
        var parts: [String] = []
        if machine == .all || machine == .case {
            parts.append(render(CaseWorkflow.machine, language))
        }
        if machine == .all || machine == .referral {
            parts.append(render(ReferralWorkflow.machine, language))
        }
        if machine == .all || machine == .followup {
            parts.append(render(FollowUpWorkflow.machine, language))
        }
        print(parts.joined(separator: "\n"), terminator: "")
    }

    private func render<S, E, C>(_ m: WorkflowMachine<S, E, C>, _ language: Language) -> String {
        switch format {
        case .table: return WorkflowDocument.table(m, language)
        case .mermaid: return "%% \(m.name(language))\n" + WorkflowDocument.mermaid(m)
        }
    }
}

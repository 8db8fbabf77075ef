import Testing
@testable import EnlaceCore

@Suite struct WorkflowDocumentTests {
    func checkTable<S, E, C>(_ machine: WorkflowMachine<S, E, C>) {
        for language in Language.allCases {
            let table = WorkflowDocument.table(machine, language)
            let lines = table.split(separator: "\n").map(String.init)
            let rows = lines.filter { $0.hasPrefix("| ") }.dropFirst()  // header row first
            #expect(rows.count == machine.rules.count)
            #expect(lines.contains { $0.hasPrefix("|---|") })
            #expect(table.contains(WorkflowText.headerGuards(language)))
            #expect(table.contains(machine.name(language)))
            for (rule, row) in zip(machine.rules, rows) {
                let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(cells.count == 7)
                for state in rule.from { #expect(cells[0].contains("`\(state.rawValue)`")) }
                #expect(cells[1].contains("`\(rule.event.rawValue)`") && cells[1].contains(rule.event.labelText(language)))
                #expect(cells[2].contains("`\(rule.to.rawValue)`"))
                for role in rule.roles { #expect(cells[3].contains(role.label(language))) }
                for g in rule.guards { #expect(cells[4].contains(g.summary(language))) }
                for input in rule.inputs { #expect(cells[5].contains(input.label(language))) }
                for check in rule.inputChecks { #expect(cells[5].contains(check.summary(language))) }
                for effect in rule.effects { #expect(cells[6].contains("`\(effect.rawValue)`")) }
                if rule.guards.isEmpty { #expect(cells[4] == "—") }
            }
        }
    }

    func checkMermaid<S, E, C>(_ machine: WorkflowMachine<S, E, C>) {
        let text = WorkflowDocument.mermaid(machine)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "stateDiagram-v2")
        #expect(lines.contains("[*] --> \(machine.initial.rawValue)"))
        var edgeLines = 0
        for edge in machine.edges {
            #expect(lines.contains("\(edge.from.rawValue) --> \(edge.to.rawValue) : \(edge.event.rawValue)"))
            edgeLines += 1
        }
        for state in machine.terminalStates { #expect(lines.contains("\(state.rawValue) --> [*]")) }
        #expect(lines.count == 2 + edgeLines + machine.terminalStates.count)
    }

    @Test func tablesContainEveryTransition() {
        checkTable(CaseWorkflow.machine)
        checkTable(ReferralWorkflow.machine)
        checkTable(FollowUpWorkflow.machine)
    }

    @Test func mermaidContainsEveryTransition() {
        checkMermaid(CaseWorkflow.machine)
        checkMermaid(ReferralWorkflow.machine)
        checkMermaid(FollowUpWorkflow.machine)
    }

    @Test func caseTableRowReadsAsExpected() {
        let table = WorkflowDocument.table(CaseWorkflow.machine, .es)
        #expect(table.contains("| Cierre solicitado `closureRequested` | Rechazar cierre `rejectClosure` | Activo `active` | supervisor | — | motivo | borra la solicitud de cierre `clearClosureRequest` |"))
        let english = WorkflowDocument.table(CaseWorkflow.machine, .en)
        #expect(english.contains("| Active `active`, Waiting `waiting` | Request closure `requestClosure` | Closure requested `closureRequested` | caseworker, supervisor | Own or unassigned case (caseworker), No open referral or follow-up | case outcome, closure summary | keeps outcome and summary `recordClosureRequest` |"))
    }

    @Test func referralMermaidHasTheSelfLoopAndCancelFromEveryOpenState() {
        let text = WorkflowDocument.mermaid(ReferralWorkflow.machine)
        #expect(text.contains("    scheduled --> scheduled : reschedule\n"))
        for state in ["draft", "sent", "accepted", "scheduled"] {
            #expect(text.contains("    \(state) --> cancelled : cancel\n"))
        }
        #expect(!text.contains("completed --> cancelled"))
    }
}

import Foundation
import Testing
@testable import EnlaceCore

@Suite struct PermissionMatrixTests {
    /// The role table of `domain.md`, written out independently of `Permissions.table`.
    /// Columns: volunteer, caseworker, supervisor, admin. A = every record, O = own or
    /// unassigned cases, T = only what the actor registered today, - = never.
    static let expected: [UseCase: String] = [
        .registerPerson:      "A A A -",
        .openCase:            "A A A -",
        .viewCase:            "T O A -",
        .assignCase:          "- - A -",
        .takeCase:            "- O - -",
        .addNote:             "- O A -",
        .createReferral:      "- O A -",
        .sendReferral:        "- O A -",
        .answerReferral:      "- O A -",
        .scheduleReferral:    "- O A -",
        .completeReferral:    "- O A -",
        .cancelReferral:      "- O A -",
        .scheduleFollowUp:    "- O A -",
        .completeFollowUp:    "- O A -",
        .missFollowUp:        "- O A -",
        .requestClosure:      "- O A -",
        .approveClosure:      "- - A -",
        .rejectClosure:       "- - A -",
        .reopenCase:          "- - A -",
        .linkDuplicates:      "- - A -",
        .reassign:            "- - A -",
        .viewReports:         "- - A -",
        .exportPersonLevel:   "- - A -",
        .manageUsers:         "- - - A",
        .managePartners:      "- - - A",
        .viewPartnerDirectory: "- - A A",
        .manageReferenceData: "- - - A",
        .backup:              "- - - A",
        .editPerson:          "T O A -",
        .dataRights:          "- - A -",
        .manageEvents:        "- - A A",
        .verifyAudit:         "- - A A",
        .viewPersonAccess:    "- - A -",
        .importPeople:        "- - A -",
    ]

    static let roleColumns: [Role] = [.volunteer, .caseworker, .supervisor, .admin]

    static func letter(_ useCase: UseCase, _ role: Role) -> Character {
        let cells = expected[useCase]!.split(separator: " ")
        return cells[roleColumns.firstIndex(of: role)!].first!
    }

    /// Subjects a use case may meet, with who they belong to.
    static let subjects: [(name: String, subject: PermissionSubject)] = [
        ("none", .none),
        ("own case", .caseRecord(caseworkerId: "me")),
        ("unassigned case", .caseRecord(caseworkerId: nil)),
        ("other's case", .caseRecord(caseworkerId: "other")),
        ("registered by me today", .caseRecord(caseworkerId: nil, registeredBy: "me", registeredToday: true)),
        ("registered by me earlier", .caseRecord(caseworkerId: nil, registeredBy: "me", registeredToday: false)),
        ("registered by other today", .caseRecord(caseworkerId: nil, registeredBy: "other", registeredToday: true)),
        ("other's case registered by me today", .caseRecord(caseworkerId: "other", registeredBy: "me", registeredToday: true)),
    ]

    static func expectedAllowed(_ letter: Character, _ subject: PermissionSubject) -> Bool {
        switch letter {
        case "A": return true
        case "-": return false
        case "O": return !subject.isCase || subject.caseworkerId == nil || subject.caseworkerId == "me"
        case "T": return subject.registeredBy == "me" && subject.registeredToday
        default: fatalError("unknown letter \(letter)")
        }
    }

    @Test func tableCoversEveryUseCase() {
        #expect(Set(Self.expected.keys) == Set(UseCase.allCases))
        #expect(Set(Permissions.table.keys) == Set(UseCase.allCases))
    }

    @Test(arguments: UseCase.allCases)
    func everyRoleOnEveryUseCase(useCase: UseCase) {
        for role in Role.allCases {
            let letter = Self.letter(useCase, role)
            let scope = Permissions.scope(useCase, for: role)
            let scopeLetter: Character
            switch scope {
            case .all: scopeLetter = "A"
            case .ownOrUnassignedCases: scopeLetter = "O"
            case .registeredTodayByActor: scopeLetter = "T"
            case .denied: scopeLetter = "-"
            }
            #expect(scopeLetter == letter, "\(useCase) for \(role)")
            let actor = ActingUser(role: role, userId: "me")
            for (name, subject) in Self.subjects {
                let result = Permissions.check(useCase, actor: actor, subject: subject)
                let allowed = Self.expectedAllowed(letter, subject)
                #expect((result.failure == nil) == allowed, "\(useCase) by \(role) on \(name)")
                #expect(Permissions.allows(useCase, actor: actor, subject: subject) == allowed)
                if let refusal = result.failure {
                    #expect(refusal.useCase == useCase)
                    #expect(!refusal.message.es.isEmpty && !refusal.message.en.isEmpty)
                    #expect(!refusal.message.es.contains("{") && !refusal.message.en.contains("{"))
                    switch letter {
                    case "-": #expect(refusal == .roleNotAllowed(useCase: useCase, role: role, allowed: Permissions.roles(for: useCase)))
                    case "O": #expect(refusal == .notOwnCase(useCase: useCase))
                    case "T": #expect(refusal == .notRegisteredTodayByActor(useCase: useCase))
                    default: Issue.record("refused an all-records grant")
                    }
                }
            }
        }
    }

    @Test func refusalMessagesSayWhoMay() {
        let r = Permissions.check(.approveClosure, actor: Cast.cw1, subject: .caseRecord(caseworkerId: "cw1"))
        #expect(r.failure?.message.es == "Su rol (trabajador social) no permite aprobar cierres. Pueden hacerlo: supervisor.")
        #expect(r.failure?.message.en == "Your role (caseworker) does not allow you to approve closures. Allowed: supervisor.")
        let admin = Permissions.check(.viewCase, actor: Cast.adm, subject: .caseRecord(caseworkerId: nil))
        #expect(admin.failure?.message.en == "Your role (admin) does not allow you to view cases. Allowed: volunteer, caseworker or supervisor.")
        let other = Permissions.check(.addNote, actor: Cast.cw2, subject: .caseRecord(caseworkerId: "cw1"))
        #expect(other.failure?.message.es == "No puede agregar notas: el caso está asignado a otra persona. Pida a un supervisor que se lo reasigne.")
        let vol = Permissions.check(.viewCase, actor: Cast.vol, subject: .caseRecord(caseworkerId: nil, registeredBy: "someone", registeredToday: true))
        #expect(vol.failure?.message.es == "Como voluntario solo puede ver casos de registros que usted hizo hoy.")
    }

    @Test func documentHasOneRowPerUseCaseWithTheScopes() {
        for language in Language.allCases {
            let lines = Permissions.document(language).split(separator: "\n").map(String.init)
            #expect(lines.count == 2 + UseCase.allCases.count)
            #expect(lines[0] == (language == .es
                ? "| Acción | voluntario | trabajador social | supervisor | administrador |"
                : "| Use case | volunteer | caseworker | supervisor | admin |"))
            for (useCase, line) in zip(UseCase.allCases, lines.dropFirst(2)) {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(cells.count == 5)
                #expect(cells[0].hasSuffix("`\(useCase.rawValue)`"))
                for (i, role) in Self.roleColumns.enumerated() {
                    #expect(cells[i + 1] == Permissions.scope(useCase, for: role).label(language))
                }
            }
        }
        #expect(Permissions.document(.es).contains("| ver casos `viewCase` | lo que registró hoy | casos propios o sin asignar | todo | — |"))
    }

    @Test func sameDayUsesTheGivenCalendarsTimeZone() {
        var chicago = Calendar(identifier: .gregorian)
        chicago.timeZone = TimeZone(identifier: "America/Chicago")!
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        // 2026-03-10 03:00 UTC is still March 9 in Chicago.
        let registered = Date(timeIntervalSince1970: 1_773_111_600)  // 2026-03-10T03:00:00Z
        let now = registered.addingTimeInterval(10 * 3_600)           // 2026-03-10T13:00:00Z
        #expect(PermissionSubject.isSameDay(registered, now, calendar: utc))
        #expect(!PermissionSubject.isSameDay(registered, now, calendar: chicago))
    }

    /// The workflow tables and the permission table agree on who may do each step.
    @Test func workflowRolesMatchThePermissionTable() {
        let caseUseCases: [CaseEvent: UseCase] = [
            .requestClosure: .requestClosure, .approveClosure: .approveClosure,
            .rejectClosure: .rejectClosure, .reopen: .reopenCase, .closeAsDuplicate: .linkDuplicates,
        ]
        for (event, useCase) in caseUseCases {
            let rule = CaseWorkflow.machine.rules.first { $0.event == event }
            #expect(rule?.orderedRoles == Permissions.roles(for: useCase), "\(event)")
        }
        // Assigning: a supervisor assigns, a caseworker takes (two rows of the role table).
        #expect(CaseWorkflow.machine.rules.first { $0.event == .assign }?.orderedRoles == [.supervisor])
        #expect(CaseWorkflow.machine.rules.first { $0.event == .take }?.orderedRoles == [.caseworker])
        let referralUseCases: [ReferralEvent: UseCase] = [
            .send: .sendReferral, .accept: .answerReferral, .decline: .answerReferral,
            .schedule: .scheduleReferral, .reschedule: .scheduleReferral,
            .complete: .completeReferral, .markNoShow: .completeReferral, .cancel: .cancelReferral,
        ]
        for (event, useCase) in referralUseCases {
            let rule = ReferralWorkflow.machine.rules.first { $0.event == event }
            #expect(rule?.orderedRoles == Permissions.roles(for: useCase), "\(event)")
        }
        for (event, useCase) in [(FollowUpEvent.complete, UseCase.completeFollowUp), (.miss, .missFollowUp)] {
            let rule = FollowUpWorkflow.machine.rules.first { $0.event == event }
            #expect(rule?.orderedRoles == Permissions.roles(for: useCase), "\(event)")
        }
    }
}

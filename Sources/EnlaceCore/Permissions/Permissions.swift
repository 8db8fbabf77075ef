import Foundation

/// How far a role's grant of a use case reaches.
public enum PermissionScope: String, CaseIterable, Sendable, Codable {
    /// Never.
    case denied
    /// Only records the actor registered itself, today (volunteers at events).
    case registeredTodayByActor
    /// Only cases assigned to the actor or unassigned (caseworkers).
    case ownOrUnassignedCases
    /// Every record.
    case all

    public var label: PermissionText {
        switch self {
        case .denied: return .scopeDenied
        case .registeredTodayByActor: return .scopeRegisteredToday
        case .ownOrUnassignedCases: return .scopeOwnOrUnassigned
        case .all: return .scopeAll
        }
    }
}

/// The record a use case acts on, as far as permissions care: whose case it is, and who
/// registered it and whether that was today (the caller computes "today" with its clock and
/// time zone, or uses `registered(by:at:now:calendar:)`).
public struct PermissionSubject: Sendable, Equatable {
    /// True when the use case acts on a case (or on something inside one).
    public var isCase: Bool
    public var caseworkerId: UserID?
    public var registeredBy: UserID?
    public var registeredToday: Bool

    public init(isCase: Bool, caseworkerId: UserID? = nil, registeredBy: UserID? = nil,
                registeredToday: Bool = false) {
        self.isCase = isCase
        self.caseworkerId = caseworkerId
        self.registeredBy = registeredBy
        self.registeredToday = registeredToday
    }

    /// No particular record: creating one, reports, administration.
    public static let none = PermissionSubject(isCase: false)

    /// A case with its caseworker and who registered it when.
    public static func caseRecord(caseworkerId: UserID?, registeredBy: UserID? = nil,
                                  registeredToday: Bool = false) -> PermissionSubject {
        PermissionSubject(isCase: true, caseworkerId: caseworkerId, registeredBy: registeredBy,
                          registeredToday: registeredToday)
    }

    /// Whether `at` falls on the same calendar day as `now` in `calendar`'s time zone.
    public static func isSameDay(_ at: Date, _ now: Date, calendar: Calendar) -> Bool {
        calendar.isDate(at, inSameDayAs: now)
    }
}

/// The declared role table of use cases (see `domain.md`, Roles), and its check. The one place
/// that says who may act: each workflow rule names its use case here and takes its roles from
/// this table (`WorkflowRule.roles`).
public enum Permissions {
    /// The table: for each use case, the scope granted to each role. A role missing from a
    /// row is denied.
    public static let table: [UseCase: [Role: PermissionScope]] = {
        let desk: [Role: PermissionScope] = [.caseworker: .ownOrUnassignedCases, .supervisor: .all]
        let intake: [Role: PermissionScope] = [.volunteer: .all, .caseworker: .all, .supervisor: .all]
        let supervisorOnly: [Role: PermissionScope] = [.supervisor: .all]
        let adminOnly: [Role: PermissionScope] = [.admin: .all]
        return [
            .registerPerson: intake,
            .openCase: intake,
            .viewCase: [.volunteer: .registeredTodayByActor, .caseworker: .ownOrUnassignedCases,
                        .supervisor: .all],
            .assignCase: supervisorOnly,
            .takeCase: [.caseworker: .ownOrUnassignedCases],
            .addNote: desk,
            .createReferral: desk,
            .sendReferral: desk,
            .answerReferral: desk,
            .scheduleReferral: desk,
            .completeReferral: desk,
            .cancelReferral: desk,
            .scheduleFollowUp: desk,
            .completeFollowUp: desk,
            .missFollowUp: desk,
            .requestClosure: desk,
            .approveClosure: supervisorOnly,
            .rejectClosure: supervisorOnly,
            .reopenCase: supervisorOnly,
            .linkDuplicates: supervisorOnly,
            .reassign: supervisorOnly,
            .viewReports: supervisorOnly,
            .exportPersonLevel: supervisorOnly,
            .manageUsers: adminOnly,
            .managePartners: adminOnly,
            .viewPartnerDirectory: [.supervisor: .all, .admin: .all],
            .manageReferenceData: adminOnly,
            .backup: adminOnly,
            .editPerson: [.volunteer: .registeredTodayByActor, .caseworker: .ownOrUnassignedCases, .supervisor: .all],
            .dataRights: supervisorOnly,
            .manageEvents: [.supervisor: .all, .admin: .all],
            .verifyAudit: [.supervisor: .all, .admin: .all],
            .viewPersonAccess: supervisorOnly,
            // Supervisors only: the review shows possible duplicates side by side, and admins
            // see no person's record (domain.md).
            .importPeople: supervisorOnly,
        ]
    }()

    public static func scope(_ useCase: UseCase, for role: Role) -> PermissionScope {
        table[useCase]?[role] ?? .denied
    }

    /// Roles granted `useCase` at all, in `Role.allCases` order.
    public static func roles(for useCase: UseCase) -> [Role] {
        Role.allCases.filter { scope(useCase, for: $0) != .denied }
    }

    /// Whether `actor` may do `useCase` on `subject`, with the reason when not. With several
    /// roles, one that allows it is enough; refused by all, the reason of the widest role
    /// that was granted the use case at all (its scope said no), else "your role may not".
    public static func check(_ useCase: UseCase, actor: ActingUser,
                             subject: PermissionSubject = .none) -> Result<Void, PermissionRefusal> {
        var scoped: PermissionRefusal?
        for role in Role.ordered(actor.roles) {
            switch check(useCase, role: role, userId: actor.userId, subject: subject) {
            case .success: return .success(())
            case .failure(.roleNotAllowed): continue
            case .failure(let why): scoped = scoped ?? why
            }
        }
        return .failure(scoped ?? .roleNotAllowed(useCase: useCase, role: actor.role, allowed: roles(for: useCase)))
    }

    private static func check(_ useCase: UseCase, role: Role, userId: UserID,
                              subject: PermissionSubject) -> Result<Void, PermissionRefusal> {
        switch scope(useCase, for: role) {
        case .denied:
            return .failure(.roleNotAllowed(useCase: useCase, role: role, allowed: roles(for: useCase)))
        case .all:
            return .success(())
        case .registeredTodayByActor:
            guard let by = subject.registeredBy, by == userId, subject.registeredToday else {
                return .failure(.notRegisteredTodayByActor(useCase: useCase))
            }
            return .success(())
        case .ownOrUnassignedCases:
            guard !subject.isCase || subject.caseworkerId == nil || subject.caseworkerId == userId else {
                return .failure(.notOwnCase(useCase: useCase))
            }
            return .success(())
        }
    }

    /// The role table as Markdown: one row per use case, one column per role, each cell the
    /// scope granted. For `enlace` to print and for the documentation.
    public static func document(_ language: Language) -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| \(PermissionText.headerUseCase(language)) | "
                     + Role.allCases.map { $0.label(language) }.joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: "---|", count: Role.allCases.count + 1))
        for useCase in UseCase.allCases {
            let cells = [useCase.label(language) + " `\(useCase.rawValue)`"]
                + Role.allCases.map { scope(useCase, for: $0).label(language) }
            lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `check` as a Bool, for menus (the store still calls `check`).
    public static func allows(_ useCase: UseCase, actor: ActingUser, subject: PermissionSubject = .none) -> Bool {
        if case .success = check(useCase, actor: actor, subject: subject) { return true }
        return false
    }
}

/// Why a use case was refused, with the message to show.
public enum PermissionRefusal: Error, Sendable, Equatable {
    case roleNotAllowed(useCase: UseCase, role: Role, allowed: [Role])
    case notOwnCase(useCase: UseCase)
    case notRegisteredTodayByActor(useCase: UseCase)

    public var useCase: UseCase {
        switch self {
        case .roleNotAllowed(let u, _, _), .notOwnCase(let u), .notRegisteredTodayByActor(let u): return u
        }
    }

    public var message: LocalizedText {
        switch self {
        case .roleNotAllowed(let useCase, let role, let allowed):
            return PermissionText.refusalRole.text.filling([
                "action": useCase.label.text,
                "role": role.label.text,
                "allowed": LocalizedText.joinedAlternatives(allowed.map(\.label.text)),
            ])
        case .notOwnCase(let useCase):
            return PermissionText.refusalNotOwnCase.text.filling(["action": useCase.label.text])
        case .notRegisteredTodayByActor(let useCase):
            return PermissionText.refusalNotRegisteredToday.text.filling(["action": useCase.label.text])
        }
    }
}

/// A workflow context that knows who acts and whose case it is.
public protocol CaseOwnershipContext: Sendable {
    var actorId: UserID { get }
    /// The case's caseworker; nil while unassigned.
    var caseworkerId: UserID? { get }
}

extension CaseOwnershipContext {
    /// The case is unassigned or assigned to the actor.
    public var isOwnOrUnassigned: Bool { caseworkerId == nil || caseworkerId == actorId }
}

public enum WorkflowGuards {
    /// A caseworker acts only on its own cases and unassigned ones; other roles the table
    /// allows act on every case. A permission matter: its refusal is "not permitted".
    public static func ownOrUnassigned<C: CaseOwnershipContext>() -> WorkflowGuard<C> {
        WorkflowGuard(name: "ownOrUnassigned", summary: WorkflowText.guardOwnOrUnassigned.text,
                      refusal: WorkflowText.refusalNotOwnCase.text, kind: .permission) { role, context in
            role != .caseworker || context.isOwnOrUnassigned
        }
    }
}

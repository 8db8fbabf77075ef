import Foundation

/// A state or an event of a workflow: a stored raw value and a label.
public protocol WorkflowValue: Hashable, Sendable, CaseIterable, RawRepresentable
where RawValue == String {
    var labelText: LocalizedText { get }
}

/// A state machine declared as data: a table of rules, each naming the states it leaves, the
/// event, the state it reaches, the use case of the role table it is (who may act comes from
/// `Permissions.table`, declared once), the guards (pure predicates over a context value), the
/// inputs the actor must give, and the effects the store must carry out.
///
/// The machine decides; it changes nothing. The store evaluates, then applies the transition
/// and writes its audit entry in one transaction.
public struct WorkflowMachine<State: WorkflowValue, Event: WorkflowValue, Context: Sendable>: Sendable {
    public typealias Rule = WorkflowRule<State, Event, Context>

    public let name: LocalizedText
    /// The record type audited for this machine's transitions.
    public let entityType: AuditEntityType
    /// The state a record is created in.
    public let initial: State
    public let rules: [Rule]

    public init(name: LocalizedText, entityType: AuditEntityType, initial: State, rules: [Rule]) {
        self.name = name
        self.entityType = entityType
        self.initial = initial
        self.rules = rules
    }

    /// The rule for `event` from `state`, if the table has one.
    public func rule(from state: State, event: Event) -> Rule? {
        rules.first { $0.event == event && $0.from.contains(state) }
    }

    /// The use case of the role table that `event` is, from any state (the first rule with
    /// that event). Nil only for an event no rule names.
    public func useCase(of event: Event) -> UseCase? {
        rules.first { $0.event == event }?.useCase
    }

    /// Checks, in order: the table has the transition, the role is allowed, every guard
    /// passes, every required input is given, every input check passes. The first failure is
    /// the refusal.
    public func evaluate(from state: State, event: Event, role: Role, context: Context,
                         inputs: WorkflowInputs = .none) -> Result<Transition<State, Event>, WorkflowRefusal> {
        evaluate(from: state, event: event, roles: [role], context: context, inputs: inputs)
    }

    /// `evaluate` for a person holding several roles: one role that passes is enough.
    public func evaluate(from state: State, event: Event, roles: Set<Role>, context: Context,
                         inputs: WorkflowInputs = .none) -> Result<Transition<State, Event>, WorkflowRefusal> {
        guard let rule = rule(from: state, event: event) else {
            return .failure(.noTransition(from: state.rawValue, event: event.rawValue,
                                          fromLabel: state.labelText, eventLabel: event.labelText))
        }
        if let refusal = rule.refusalBeforeInputs(roles: roles, context: context) {
            return .failure(refusal)
        }
        let missing = rule.inputs.filter { !inputs.provides($0) }
        if !missing.isEmpty { return .failure(.missingInputs(missing)) }
        for check in rule.inputChecks {
            if let reason = check.refusal(context: context, inputs: inputs) {
                return .failure(.invalidInput(name: check.name, reason: reason))
            }
        }
        return .success(Transition(from: state, event: event, to: rule.to, effects: rule.effects,
                                   inputs: inputs))
    }

    /// Every event the table offers from `state`, in table order, each either allowed (with
    /// the inputs the UI must ask for) or refused with the reason to show beside the
    /// disabled action. Inputs are not checked here: the UI asks for them next.
    public func availableEvents(from state: State, role: Role, context: Context) -> [AvailableEvent<State, Event>] {
        availableEvents(from: state, roles: [role], context: context)
    }

    /// `availableEvents` for a person holding several roles.
    public func availableEvents(from state: State, roles: Set<Role>, context: Context) -> [AvailableEvent<State, Event>] {
        rules.filter { $0.from.contains(state) }.map { rule in
            AvailableEvent(event: rule.event, to: rule.to, requiredInputs: rule.inputs,
                           effects: rule.effects,
                           refusal: rule.refusalBeforeInputs(roles: roles, context: context))
        }
    }

    /// States of the table, in declaration order of `State`.
    public var states: [State] { Array(State.allCases) }

    /// States no rule leaves.
    public var terminalStates: [State] {
        states.filter { s in !rules.contains { $0.from.contains(s) } }
    }

    /// Every (from, event, to) the table allows, one per from-state.
    public var edges: [(from: State, event: Event, to: State)] {
        rules.flatMap { rule in rule.from.map { (from: $0, event: rule.event, to: rule.to) } }
    }
}

/// One row of a workflow table.
public struct WorkflowRule<State: WorkflowValue, Event: WorkflowValue, Context: Sendable>: Sendable {
    public let from: [State]
    public let event: Event
    public let to: State
    /// The row of the role table this step is: who may do it, and how far (the scope).
    public let useCase: UseCase
    public let guards: [WorkflowGuard<Context>]
    public let inputs: [WorkflowInput]
    /// Checks of the given inputs against the context (a case is not its own duplicate...).
    public let inputChecks: [WorkflowInputCheck<Context>]
    public let effects: [WorkflowEffect]

    public init(from: [State], event: Event, to: State, useCase: UseCase,
                guards: [WorkflowGuard<Context>] = [], inputs: [WorkflowInput] = [],
                inputChecks: [WorkflowInputCheck<Context>] = [], effects: [WorkflowEffect] = []) {
        self.from = from
        self.event = event
        self.to = to
        self.useCase = useCase
        self.guards = guards
        self.inputs = inputs
        self.inputChecks = inputChecks
        self.effects = effects
    }

    /// The roles the role table grants this rule's use case (in any scope).
    public var roles: Set<Role> { Set(orderedRoles) }

    /// Roles in the order of `Role.allCases`, for stable messages and documents.
    public var orderedRoles: [Role] { Permissions.roles(for: useCase) }

    /// Nil when one of `actorRoles` is granted this step and passes every guard; else the
    /// refusal of the widest granted role (or "your role may not").
    func refusalBeforeInputs(roles actorRoles: Set<Role>, context: Context) -> WorkflowRefusal? {
        let granted = Role.ordered(actorRoles).filter { roles.contains($0) }
        guard !granted.isEmpty else {
            return .roleNotAllowed(role: Role.primary(of: actorRoles), allowed: orderedRoles)
        }
        var first: WorkflowRefusal?
        for role in granted {
            guard let g = guards.first(where: { $0.refusal(role: role, context: context) != nil }) else { return nil }
            first = first ?? .guardFailed(name: g.name, reason: g.refusal(role: role, context: context)!, kind: g.kind)
        }
        return first
    }
}

/// What a guard's refusal is: a matter of who may act (the store reports it as "not
/// permitted"), or a condition of the record the person can change (reported as a refused step).
public enum WorkflowGuardKind: String, Sendable, Equatable {
    case permission
    case condition
}

/// A named condition on a transition: a pure predicate over the role and a context value,
/// with a bilingual summary (for the table) and refusal reason (for the person).
public struct WorkflowGuard<Context: Sendable>: Sendable {
    public let name: String
    public let summary: LocalizedText
    /// Whether a refusal is about who may act or about the record.
    public let kind: WorkflowGuardKind
    private let check: @Sendable (Role, Context) -> LocalizedText?

    /// A guard whose refusal reason depends on the context (for example, listing what is
    /// missing). `check` returns nil when the guard passes.
    public init(name: String, summary: LocalizedText, kind: WorkflowGuardKind = .condition,
                check: @escaping @Sendable (Role, Context) -> LocalizedText?) {
        self.name = name
        self.summary = summary
        self.kind = kind
        self.check = check
    }

    /// A guard with a fixed refusal reason.
    public init(name: String, summary: LocalizedText, refusal: LocalizedText,
                kind: WorkflowGuardKind = .condition,
                passes: @escaping @Sendable (Role, Context) -> Bool) {
        self.init(name: name, summary: summary, kind: kind) { role, context in
            passes(role, context) ? nil : refusal
        }
    }

    /// Nil when the guard passes; the reason otherwise.
    public func refusal(role: Role, context: Context) -> LocalizedText? { check(role, context) }
}

/// A named check of the inputs an actor gave, against the context: pure, with a bilingual
/// summary (for the table) and refusal reason (for the person). Runs once every required input
/// is given.
public struct WorkflowInputCheck<Context: Sendable>: Sendable {
    public let name: String
    public let summary: LocalizedText
    private let check: @Sendable (Context, WorkflowInputs) -> LocalizedText?

    public init(name: String, summary: LocalizedText, refusal: LocalizedText,
                passes: @escaping @Sendable (Context, WorkflowInputs) -> Bool) {
        self.name = name
        self.summary = summary
        self.check = { context, inputs in passes(context, inputs) ? nil : refusal }
    }

    /// Nil when the inputs pass; the reason otherwise.
    public func refusal(context: Context, inputs: WorkflowInputs) -> LocalizedText? {
        check(context, inputs)
    }
}

/// A transition the machine allowed: what the store must apply.
public struct Transition<State: WorkflowValue, Event: WorkflowValue>: Sendable, Equatable {
    public let from: State
    public let event: Event
    public let to: State
    public let effects: [WorkflowEffect]
    public let inputs: WorkflowInputs

    public init(from: State, event: Event, to: State, effects: [WorkflowEffect], inputs: WorkflowInputs) {
        self.from = from
        self.event = event
        self.to = to
        self.effects = effects
        self.inputs = inputs
    }

    /// The fields the transition changes: the status (when it changes) and those of its
    /// effects.
    public var changedFields: [String] {
        var fields = from == to ? [] : ["status"]
        for effect in effects {
            for f in effect.changedFields where !fields.contains(f) { fields.append(f) }
        }
        return fields
    }

    /// The one audit entry for this transition. The reason is the input reason, or the
    /// closure summary when there is no reason.
    public func auditEntry(actor: ActingUser, at: Date, entityType: AuditEntityType,
                           entityId: String) -> AuditEntry {
        AuditEntry(actorId: actor.userId, actorRole: actor.role, at: at, entityType: entityType,
                   entityId: entityId, action: event.rawValue, from: from.rawValue,
                   to: to.rawValue, reason: inputs.reason ?? inputs.summary,
                   changedFields: changedFields)
    }
}

/// An event offered from a state, allowed or refused with its reason.
public struct AvailableEvent<State: WorkflowValue, Event: WorkflowValue>: Sendable, Equatable {
    public let event: Event
    public let to: State
    public let requiredInputs: [WorkflowInput]
    public let effects: [WorkflowEffect]
    /// Nil when the actor may do it (once the inputs are given).
    public let refusal: WorkflowRefusal?

    public var isAllowed: Bool { refusal == nil }
}

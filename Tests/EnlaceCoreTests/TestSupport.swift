import Foundation
@testable import EnlaceCore

/// The cast of the property tests: two caseworkers, a supervisor, a volunteer, an admin.
enum Cast {
    static let cw1 = ActingUser(role: .caseworker, userId: "cw1")
    static let cw2 = ActingUser(role: .caseworker, userId: "cw2")
    static let sup = ActingUser(role: .supervisor, userId: "sup")
    static let vol = ActingUser(role: .volunteer, userId: "vol")
    static let adm = ActingUser(role: .admin, userId: "adm")
    static let all = [cw1, cw2, sup, vol, adm]
    /// Possible caseworkers of a case: nobody, cw1, cw2.
    static let caseworkers: [UserID?] = [nil, "cw1", "cw2"]
}

let t0 = Date(timeIntervalSince1970: 1_780_000_000)

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
    var success: Success? {
        if case .success(let s) = self { return s }
        return nil
    }
}

/// Random inputs: each one given, blank or absent, so both "missing" and "given" happen.
func randomInputs(_ rng: inout SplitMix64) -> WorkflowInputs {
    func text(_ rng: inout SplitMix64) -> String? {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return nil
        case 1: return "  "
        default: return "texto \(Int.random(in: 0..<100, using: &rng))"
        }
    }
    var inputs = WorkflowInputs()
    inputs.reason = text(&rng)
    inputs.summary = text(&rng)
    inputs.result = text(&rng)
    inputs.duplicateOf = rng.chance(60) ? rng.pick(["case-survivor", "case-1"]) : nil
    inputs.assignee = rng.chance(60) ? rng.pick(["cw1", "cw2"]) : nil
    inputs.caseOutcome = rng.chance(60) ? rng.pick(CaseOutcome.allCases) : nil
    inputs.referralOutcome = rng.chance(60) ? rng.pick(ReferralOutcome.allCases) : nil
    inputs.waitingOn = rng.chance(60) ? rng.pick(WaitingOn.allCases) : nil
    inputs.appointment = rng.chance(60) ? Appointment(at: t0.addingTimeInterval(86_400)) : nil
    inputs.nextDue = rng.chance(60) ? t0.addingTimeInterval(2 * 86_400) : nil
    return inputs
}

/// Independent statement of what an evaluation should give, written from `domain.md`
/// rather than read from the machine's table.
enum Expected<State: Equatable>: Equatable {
    case to(State)
    case noTransition
    case roleNotAllowed
    case guardFailed(String)
    case missingInputs([WorkflowInput])
    case invalidInput(String)
}

func classify<S, E>(_ result: Result<Transition<S, E>, WorkflowRefusal>) -> Expected<S> {
    switch result {
    case .success(let t): return .to(t.to)
    case .failure(.noTransition): return .noTransition
    case .failure(.roleNotAllowed): return .roleNotAllowed
    case .failure(.guardFailed(let name, _, _)): return .guardFailed(name)
    case .failure(.missingInputs(let inputs)): return .missingInputs(inputs)
    case .failure(.invalidInput(let name, _)): return .invalidInput(name)
    }
}

/// The inputs of `needed` that `inputs` does not give (blank texts count as not given).
func missingInputs(_ inputs: WorkflowInputs, _ needed: [WorkflowInput]) -> [WorkflowInput] {
    needed.filter { input in
        switch input {
        case .reason: return (inputs.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        case .summary: return (inputs.summary ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        case .result: return (inputs.result ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        case .caseOutcome: return inputs.caseOutcome == nil
        case .referralOutcome: return inputs.referralOutcome == nil
        case .appointment: return inputs.appointment == nil
        case .duplicateOf: return inputs.duplicateOf == nil
        case .assignee: return inputs.assignee == nil
        case .waitingOn: return inputs.waitingOn == nil
        case .nextDue: return inputs.nextDue == nil
        }
    }
}

/// The expected result of a rule known to exist: roles first, then guards in order, then
/// inputs, then input checks.
func decide<S>(_ actor: ActingUser, roles: Set<Role>, guards: [(String, Bool)] = [],
               needs: [WorkflowInput] = [], checks: [(String, Bool)] = [],
               inputs: WorkflowInputs, to: S) -> Expected<S> {
    guard roles.contains(actor.role) else { return .roleNotAllowed }
    for (name, passes) in guards where !passes { return .guardFailed(name) }
    let missing = missingInputs(inputs, needs)
    guard missing.isEmpty else { return .missingInputs(missing) }
    for (name, passes) in checks where !passes { return .invalidInput(name) }
    return .to(to)
}

/// A caseworker only on its own or unassigned cases; everyone else unaffected.
func ownOrUnassigned(_ actor: ActingUser, _ caseworkerId: UserID?) -> Bool {
    actor.role != .caseworker || caseworkerId == nil || caseworkerId == actor.userId
}

/// The kind of a refusal, in the vocabulary of `Expected`; nil when there is none.
func refusalKind(_ refusal: WorkflowRefusal?) -> Expected<CaseStatus>? {
    guard let refusal else { return nil }
    return classify(Result<Transition<CaseStatus, CaseEvent>, WorkflowRefusal>.failure(refusal))
}

import Foundation

/// States computed from records and the current time (given, never read here).
public enum DerivedStates {
    /// Follow-ups due before `now` and not done, oldest first.
    public static func overdue(_ followUps: [FollowUp], at now: Date) -> [FollowUp] {
        followUps.filter { $0.isOverdue(at: now) }.sorted { $0.due < $1.due }
    }

    /// Sent referrals past their response due date, oldest due first.
    public static func awaitingResponse(_ referrals: [Referral], at now: Date) -> [Referral] {
        referrals.filter { $0.isAwaitingResponse(at: now) }
            .sorted { ($0.responseDueDate ?? now) < ($1.responseDueDate ?? now) }
    }
}

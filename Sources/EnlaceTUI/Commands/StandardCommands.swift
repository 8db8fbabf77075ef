/// The commands Enlace ships, with their default keys: the global ones, then each screen's.
/// Every F-key action also has a key that works on terminals without function keys.
enum StandardCommands {
    static let all: [Command] = GlobalCommands.all
        + CaseListCommands.all
        + CaseDetailCommands.all
        + HomeCommands.all
        + FollowUpsCommands.all
        + LockCommands.all
        + SearchCommands.all
        + ReferralCommands.all
        + ReviewCommands.all
        + ReportsCommands.all
        + IntakeCommands.all
        + AdminCommands.all
        + PersonCommands.all
        + PersonFamilyTabCommands.all
        + ImportScreenCommands.all
}

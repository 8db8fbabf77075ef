import EnlaceCore
import EnlaceStore

/// The staff tab: the accounts, the selected one, and the form open over the list (a new
/// account, or an account's roles).
public struct StaffTabState: Sendable {
    public var members: [StaffMember] = []
    public var cursor = ListCursor()
    public var loaded = false
    /// Why this person may not see the accounts (not an admin), in both languages.
    public var refusal: LocalizedText?
    public var form: StaffForm?

    public init() {}

    public var selected: StaffMember? {
        members.indices.contains(cursor.selected) ? members[cursor.selected] : nil
    }
}

/// A form of the staff tab: what it is for and its fields.
public struct StaffForm: Sendable {
    public enum Purpose: Sendable, Equatable {
        case newAccount
        /// The roles of this account, at this version.
        case roles(username: String, version: Int)
    }

    public var purpose: Purpose
    public var form: FormState

    /// A new account: user name, name, and a box per role.
    static func newAccount() -> StaffForm {
        StaffForm(purpose: .newAccount, form: FormState([
            .text("username", StaffTabText.usernameLabel.text, required: true, maxLength: 32,
                  placeholder: StaffTabText.usernamePlaceholder.text),
            .text("displayName", StaffTabText.displayNameLabel.text, required: true, maxLength: 100),
        ] + roleFields([])))
    }

    /// The roles of `member`, ticked as they are.
    static func roles(of member: StaffMember) -> StaffForm {
        StaffForm(purpose: .roles(username: member.username, version: member.version),
                  form: FormState(roleFields(member.roles)))
    }

    static func roleFields(_ roles: Set<Role>) -> [FormField] {
        Role.byReach.map { role in
            FormField("role.\(role.rawValue)", role.label.text.capitalizedFirst, input: .check(roles.contains(role)))
        }
    }

    /// The roles ticked.
    var roles: Set<Role> {
        Set(Role.allCases.filter { form["role.\($0.rawValue)"]?.isChecked ?? false })
    }
}

extension LocalizedText {
    /// The text with its first letter in capitals, in both languages ("supervisor" → "Supervisor").
    var capitalizedFirst: LocalizedText {
        func cap(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
        return LocalizedText(es: cap(es), en: cap(en))
    }
}

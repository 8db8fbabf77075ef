/// Semantic styles. Screens say what a thing is; a theme says how it looks.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case normal
    case title
    case border
    case header
    case focus
    case selection
    case error
    case warning
    case success
    case required
    case muted
    case statusBar
    case key
    case overdue
    case urgent
    case input
    case overlay
}

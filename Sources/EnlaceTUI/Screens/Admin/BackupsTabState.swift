import EnlaceCore
import EnlaceStore

/// The backups tab: the last backups and the settings, the selected row, and whether a
/// backup is being taken now.
public struct BackupsTabState: Sendable {
    public var status: BackupStatus?
    public var cursor = ListCursor()
    /// Why this person may not see the backups (not an admin), in both languages.
    public var refusal: LocalizedText?
    /// A backup asked for and not answered yet (the key does nothing meanwhile).
    public var running = false

    public init() {}

    public var backups: [BackupRecord] { status?.recent ?? [] }
}

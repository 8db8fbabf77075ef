import Foundation
import EnlaceStore

/// What can happen to the app: a key, a resize, time passing, answers from the store.
public enum AppEvent: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(Date)
    case dataChanged
    case windowLoaded(WindowPurpose, [CaseSummary])
    case countLoaded(filter: String, count: Int?)
    case loadFailed(String)
    /// The answer of a `DeskTask`: a pure change to apply to the state.
    case changed(StateChange)
}

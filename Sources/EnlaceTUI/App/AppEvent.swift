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
}

/// What the app asks the outside world to do. The runtime performs it and answers with events.
public enum Effect: Sendable {
    case loadWindow(CaseWindowRequest, WindowPurpose)
    case loadCount(filter: String)
}


import EnlaceStore

/// The effect that reads a queue window from the store and applies the answer to the window
/// at `path` (a tab of the home queue, the follow-ups list).
enum QueueLoad {
    static func effect<Row: QueueRow>(
        _ name: String, _ read: QueueWindow<Row>.Read,
        window path: WritableKeyPath<AppState, QueueWindow<Row>> & Sendable,
        page: @escaping @Sendable (AppState) -> Int,
        failure: (@Sendable (Error) -> StateChange)? = nil,
        fetch: @escaping @Sendable (DeskContext, Row.Key?, Int) throws -> [Row],
        then: (@Sendable (inout AppState) -> [Effect])? = nil
    ) -> Effect {
        .run(name, failure: failure) { ctx in
            let pages = try QueueWindow<Row>.perform(read) { try fetch(ctx, $0, $1) }
            return StateChange { state in
                if let more = state[keyPath: path].apply(read, pages: pages, page: page(state)) {
                    return [effect(name, more, window: path, page: page, failure: failure, fetch: fetch, then: then)]
                }
                return then?(&state) ?? []
            }
        }
    }
}

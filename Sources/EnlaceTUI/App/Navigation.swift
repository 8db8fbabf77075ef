/// The screens of the app. Each has its own command scope, state, keys and view.
public enum ScreenID: String, CaseIterable, Sendable, Hashable {
    case home
    case caseList
    case search
    case intake
    case caseDetail
    case referral
    case followUps
    case review
    case reports
    case admin
    case person
    case importSheet

    public var scope: CommandScope { CommandScope(rawValue: rawValue)! }
}

/// One screen as a value: which screen it is and its own state (selection, scroll, what was
/// typed, what was read). The back stack holds these, so two cases (or two referrals) can be on
/// it at once, each as it was left. The intake has no state here: the intake being typed is
/// the draft slot `AppState.intake`, kept while other screens are visited (F2 returns to it).
public enum Screen: Sendable {
    case home(HomeState)
    case caseList(CaseListState)
    case search(SearchState)
    /// The intake: its state is the draft slot `AppState.intake`, not here.
    case intakeDraft
    case caseDetail(CaseDetailState)
    case referral(ReferralState)
    case followUps(FollowUpsState)
    case review(ReviewState)
    case reports(ReportsState)
    case admin(AdminState)
    case person(PersonState)
    case importSheet(ImportScreenState)

    public var id: ScreenID {
        switch self {
        case .home: return .home
        case .caseList: return .caseList
        case .search: return .search
        case .intakeDraft: return .intake
        case .caseDetail: return .caseDetail
        case .referral: return .referral
        case .followUps: return .followUps
        case .review: return .review
        case .reports: return .reports
        case .admin: return .admin
        case .person: return .person
        case .importSheet: return .importSheet
        }
    }

    /// A screen of `id` with nothing read yet; nil for the case and person screens, which need
    /// their case or person.
    static func fresh(_ id: ScreenID) -> Screen? {
        switch id {
        case .home: return .home(HomeState())
        case .caseList: return .caseList(CaseListState())
        case .search: return .search(SearchState())
        case .intake: return .intakeDraft
        case .caseDetail, .person: return nil
        case .referral: return .referral(ReferralState())
        case .followUps: return .followUps(FollowUpsState())
        case .review: return .review(ReviewState())
        case .reports: return .reports(ReportsState())
        case .admin: return .admin(AdminState())
        case .importSheet: return .importSheet(ImportScreenState())
        }
    }

    /// Whether opening `other` over this one shows the same thing (then the top is replaced,
    /// not stacked): the same case, the same referral, or the same one-of-a-kind screen.
    func isSame(as other: Screen) -> Bool {
        switch (self, other) {
        case (.caseDetail(let a), .caseDetail(let b)): return a.caseId == b.caseId
        case (.person(let a), .person(let b)): return a.personId == b.personId
        case (.referral(let a), .referral(let b)):
            return a.referralId == b.referralId && (a.referralId != nil || a.caseId == b.caseId)
        default: return id == other.id
        }
    }
}

/// Names one screen value for as long as it lives (on the stack, or kept after it left), so an
/// answer from the store finds the screen that asked for it.
public struct ScreenKey: Sendable, Hashable {
    public let value: Int
    /// The kind of the screen it names.
    public let kind: ScreenID
}

/// A screen on the stack with its key.
public struct ScreenEntry: Sendable {
    public let key: ScreenKey
    public var screen: Screen
}

/// The back stack: screen values, bottom first, never empty. `kept` holds, per kind, the last
/// screen of that kind that left the stack: opening that kind again resumes it (a search
/// typed before, the reports' filter, the case list's filter), as the app always did.
public struct ScreenStack: Sendable {
    public private(set) var entries: [ScreenEntry]
    var kept: [ScreenID: ScreenEntry] = [:]
    private var nextKey = 1
    /// Screens under the top kept at most (older ones are forgotten).
    public static let depth = 32

    init(_ first: Screen) {
        entries = [ScreenEntry(key: ScreenKey(value: 0, kind: first.id), screen: first)]
    }

    public var top: ScreenEntry { entries[entries.count - 1] }

    mutating func newKey(_ kind: ScreenID) -> ScreenKey {
        defer { nextKey += 1 }
        return ScreenKey(value: nextKey, kind: kind)
    }

    /// The screen to open for `id`: the nearest of that kind on the stack, else the kept one,
    /// else a fresh one (nil: the case screen, which needs its case).
    func resumed(_ id: ScreenID) -> Screen? {
        entries.last { $0.screen.id == id }?.screen ?? kept[id]?.screen ?? Screen.fresh(id)
    }

    mutating func keep(_ entry: ScreenEntry) { kept[entry.screen.id] = entry }

    /// Puts `screen` on top; the same screen on top is replaced in place (its key kept).
    mutating func push(_ screen: Screen) {
        if top.screen.isSame(as: screen) {
            entries[entries.count - 1].screen = screen
            return
        }
        entries.append(ScreenEntry(key: newKey(screen.id), screen: screen))
        if entries.count > Self.depth + 1 { entries.removeFirst(entries.count - Self.depth - 1) }
    }

    /// Takes the top off (kept for its kind); nil when it is the only one.
    @discardableResult
    mutating func pop() -> ScreenEntry? {
        guard entries.count > 1 else { return nil }
        let top = entries.removeLast()
        keep(top)
        return top
    }

    /// Every screen leaves (each kept for its kind, the nearer to the top winning); `screen`
    /// becomes the only one.
    mutating func reset(to screen: Screen) {
        for entry in entries { keep(entry) }
        entries = [ScreenEntry(key: newKey(screen.id), screen: screen)]
    }

    /// Replaces the top with `screen` (the old top kept for its kind).
    mutating func replaceTop(with screen: Screen) {
        keep(top)
        entries[entries.count - 1] = ScreenEntry(key: newKey(screen.id), screen: screen)
    }

    /// The screens under the top become `ids`: those already there in that order stay as
    /// they are, others are resumed; the ones dropped are kept for their kind.
    mutating func setUnder(_ ids: [ScreenID]) {
        let under = entries.dropLast()
        var rebuilt: [ScreenEntry] = []
        for (i, id) in ids.enumerated() {
            if i < under.count, under[under.startIndex + i].screen.id == id {
                rebuilt.append(under[under.startIndex + i])
            } else if let screen = resumed(id) {
                rebuilt.append(ScreenEntry(key: newKey(screen.id), screen: screen))
            }
        }
        let kept = Set(rebuilt.map(\.key))
        for entry in under where !kept.contains(entry.key) { keep(entry) }
        entries = rebuilt + [top]
    }

    func index(of key: ScreenKey) -> Int? { entries.lastIndex { $0.key == key } }

    mutating func update(at index: Int, _ screen: Screen) { entries[index].screen = screen }
    mutating func updateKept(_ screen: Screen) {
        let key = kept[screen.id]?.key ?? newKey(screen.id)
        kept[screen.id] = ScreenEntry(key: key, screen: screen)
    }
}

extension AppState {
    /// The screen on top. Setting it replaces the top with a screen of that kind (resumed as
    /// `push` would); setting the same kind changes nothing.
    public var screen: ScreenID {
        get { stack.top.screen.id }
        set {
            guard newValue != screen, let resumed = stack.resumed(newValue) else { return }
            stack.replaceTop(with: resumed)
            focus = nil
        }
    }

    /// The kinds of the screens under the top, bottom first. Setting it (removing the last,
    /// say) drops those screens from the stack; a kind added is resumed.
    public var history: [ScreenID] {
        get { stack.entries.dropLast().map(\.screen.id) }
        set {
            stack.setUnder(newValue)
            focus = nil
        }
    }

    /// The key of the screen on top (the one a key press speaks to).
    public var topKey: ScreenKey { stack.top.key }

    /// Opens `screen` on top of the current one; `back()` returns. Opening the same screen that
    /// is on top (the same case, the same referral, the same one-of-a-kind screen) replaces it
    /// and keeps the history as it is. At most `ScreenStack.depth` screens stay under the top.
    public mutating func push(_ screen: Screen) {
        stack.push(screen)
        focus = nil
    }

    /// Opens a screen of kind `id` as it was last left (or fresh): a screen of that kind
    /// already on top stays as it is.
    public mutating func push(_ id: ScreenID) {
        guard id != screen, let resumed = stack.resumed(id) else { return }
        push(resumed)
    }

    /// Takes the top screen off; the one under it is on top again.
    @discardableResult
    public mutating func pop() -> Bool {
        focus = nil
        return stack.pop() != nil
    }

    /// Replaces the whole history: the screen becomes the only one (the home queue, say).
    public mutating func reset(to id: ScreenID) {
        guard let resumed = stack.resumed(id) else { return }
        stack.reset(to: resumed)
        focus = nil
    }

    /// Whether there is a screen to go back to.
    public var canGoBack: Bool { stack.entries.count > 1 }

    /// Runs `body` with the screen accessors (`caseDetail`, `search`...) speaking to the screen
    /// `key` names (and those under it) rather than to the top: how an answer from the store
    /// lands on the screen that asked. Once the body moves to another screen, the accessors
    /// speak to the top again. Returns whether the focus was still on `key` at the end.
    mutating func applying<T>(to key: ScreenKey, _ body: (inout AppState) -> T) -> (T, stillFocused: Bool) {
        let saved = focus
        focus = key
        let result = body(&self)
        let still = focus == key
        focus = saved
        return (result, still)
    }

    // MARK: the screens' states

    /// Where the accessor for a kind of screen reads and writes.
    private enum Slot { case entry(Int), kept, nowhere }

    private func slot(_ id: ScreenID) -> Slot {
        var below = stack.entries.count - 1
        if let focus {
            if let i = stack.index(of: focus) {
                below = i
            } else if focus.kind == id {
                // The screen that asked has left: its own kind's state is written where it
                // was kept, or nowhere when another screen of its kind left after it.
                return stack.kept[id]?.key == focus ? .kept : .nowhere
            }
        }
        if let i = stack.entries[...below].lastIndex(where: { $0.screen.id == id }) { return .entry(i) }
        return .kept
    }

    private func read(_ id: ScreenID) -> Screen? {
        switch slot(id) {
        case .entry(let i): return stack.entries[i].screen
        case .kept: return stack.kept[id]?.screen
        case .nowhere: return nil
        }
    }

    private mutating func write(_ screen: Screen) {
        switch slot(screen.id) {
        case .entry(let i): stack.update(at: i, screen)
        case .kept: stack.updateKept(screen)
        case .nowhere: break
        }
    }

    // Each accessor reads and writes the nearest screen of its kind at or under the top (or,
    // while a store answer applies, under the screen that asked); with none on the stack, the
    // one of that kind last left (so a screen's state is kept between visits, as before).

    public var home: HomeState {
        get { if case .home(let s)? = read(.home) { return s } else { return HomeState() } }
        set { write(.home(newValue)) }
    }

    public var caseList: CaseListState {
        get { if case .caseList(let s)? = read(.caseList) { return s } else { return CaseListState() } }
        set { write(.caseList(newValue)) }
    }

    public var search: SearchState {
        get { if case .search(let s)? = read(.search) { return s } else { return SearchState() } }
        set { write(.search(newValue)) }
    }

    /// The case on screen (or the nearest under the top); nil when no case was opened.
    /// Setting nil changes nothing (a case screen leaves by `pop`).
    public var caseDetail: CaseDetailState? {
        get { if case .caseDetail(let s)? = read(.caseDetail) { return s } else { return nil } }
        set { if let newValue { write(.caseDetail(newValue)) } }
    }

    public var referral: ReferralState {
        get { if case .referral(let s)? = read(.referral) { return s } else { return ReferralState() } }
        set { write(.referral(newValue)) }
    }

    public var followUps: FollowUpsState {
        get { if case .followUps(let s)? = read(.followUps) { return s } else { return FollowUpsState() } }
        set { write(.followUps(newValue)) }
    }

    public var review: ReviewState {
        get { if case .review(let s)? = read(.review) { return s } else { return ReviewState() } }
        set { write(.review(newValue)) }
    }

    public var reports: ReportsState {
        get { if case .reports(let s)? = read(.reports) { return s } else { return ReportsState() } }
        set { write(.reports(newValue)) }
    }

    public var admin: AdminState {
        get { if case .admin(let s)? = read(.admin) { return s } else { return AdminState() } }
        set { write(.admin(newValue)) }
    }

    /// The person on screen (or the nearest under the top); nil when none was opened.
    public var person: PersonState? {
        get { if case .person(let s)? = read(.person) { return s } else { return nil } }
        set { if let newValue { write(.person(newValue)) } }
    }

    public var importSheet: ImportScreenState {
        get { if case .importSheet(let s)? = read(.importSheet) { return s } else { return ImportScreenState() } }
        set { write(.importSheet(newValue)) }
    }
}

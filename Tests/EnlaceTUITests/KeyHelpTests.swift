import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// Every key a screen's `input` or a widget handles is declared (the input dispatches through
/// the declared bindings) and listed in help and in `enlace keys`. "Handled" is measured, not
/// assumed: each key of a wide set is sent to each screen in each of its modes (and to each
/// widget), and whatever is taken must be matched by a declared binding.
struct KeyHelpTests {
    /// Keys a person can press: named keys, letters (with the ones screens use), digits,
    /// punctuation, every Ctrl letter, the Alt keys in use, F1-F12, a paste.
    static let universe: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab,
                           .backspace, .delete, .insert, .escape, .paste("ab c")]
        keys += Array("abenNsSyYxXqrz1239 ?/:-éñ").map { Key.char($0) }
        keys += Array("abcdefghijklmnopqrstuvwxyz").map { Key.ctrl($0) }
        keys += Array("bcdginrvx<>").map { Key.alt($0) }
        keys += (1...12).map { Key.function($0) }
        return keys
    }()

    static let user = UserAccount(id: 1, username: "ana", displayName: "Ana", role: .caseworker)

    static func state(_ setUp: (inout AppState) -> Void) -> AppState {
        var s = AppState(language: .es, width: 80, height: 24, user: user, organization: "Org", now: Date(),
                         timeZone: TimeZone(identifier: "America/Chicago")!)
        setUp(&s)
        return s
    }

    /// Each screen in each mode its input has (a form with the focus on each of its fields).
    static var modes: [(name: String, state: AppState)] {
        var out: [(String, AppState)] = ScreenID.allCases.filter { $0 != .caseDetail && $0 != .intake && $0 != .referral && $0 != .person }
            .map { id in ("\(id)", state { $0.push(id) }) }
        out.append(("caseList editing filter", state { $0.push(.caseList); $0.caseList.editingFilter = true }))
        out.append(("caseDetail", state { $0.push(.caseDetail(CaseDetailState(caseId: 1))) }))
        out.append(("person", state { $0.push(.person(PersonState(personId: 1))) }))
        let personForm = PersonForm.make()
        for i in personForm.fields.indices {
            out.append(("person field \(personForm.fields[i].id)", state { s in
                var person = PersonState(personId: 1)
                person.form = personForm
                person.form?.focus = i
                person.formVersion = 1
                s.push(.person(person))
            }))
        }
        let documentForms: [PersonDocumentsForm] = [
            .document(nil),
            .document(PersonDocumentLine(id: 1, personId: 1, kind: .passport, status: .has, maskedNumber: "••••4321",
                                         expiresOn: nil, version: 1)),
            .languages(LanguageProfile(spoken: [.spanish]), version: 1),
        ]
        for open in documentForms {
            for i in open.form.fields.indices {
                out.append(("person documents form field \(open.form.fields[i].id)", state { s in
                    var person = PersonState(personId: 1)
                    person.tab = .documents
                    person.documentsTab.form = open
                    person.documentsTab.form?.form.focus = i
                    person.documentsTab.form?.form.dirty = true
                    s.push(.person(person))
                }))
            }
        }
        out.append(("referral kind", state { var r = ReferralState(); r.caseId = 1; $0.push(.referral(r)) }))
        for kind in ReferralKind.allCases {
            let form = FormState(ReferralForm.fields(kind: kind, partners: [], draft: nil, timeZone: .current, now: Date()))
            for i in form.fields.indices {
                out.append(("referral \(kind) field \(form.fields[i].id)", state { s in
                    var r = ReferralState()
                    r.mode = .form
                    r.kind = kind
                    r.form = form
                    r.form.focus = i
                    r.form.dirty = true
                    s.push(.referral(r))
                }))
            }
        }
        let intake = IntakeFields.newForm()
        for i in intake.fields.indices {
            out.append(("intake field \(intake.fields[i].id)", state { s in
                var state = IntakeState()
                state.form.focus = i
                state.form.dirty = true
                s.intake = state
                s.push(.intake)
            }))
        }
        out.append(("intake panel", state { s in
            var state = IntakeState()
            state.panelFocused = true
            s.intake = state
            s.push(.intake)
        }))
        return out
    }

    /// The bindings help lists for a screen: its own sections and the kinds of field it shows.
    static func declared(_ id: ScreenID) -> [KeyHelp] {
        ScreenDispatch.keySections(id).flatMap(\.keys) + ScreenDispatch.widgets(id).flatMap(\.section.keys)
    }

    @Test func everyKeyAScreenTakesIsDeclaredForIt() {
        var checked = 0
        for mode in Self.modes {
            let declared = Self.declared(mode.state.screen)
            for key in Self.universe {
                var s = mode.state
                guard ScreenDispatch.input(&s, key) != nil else { continue }
                checked += 1
                #expect(declared.contains { $0.matches(key) }, "\(mode.name): \(key) is handled but not declared")
            }
        }
        // The walk reached the screens' inputs (the filter, the query box, the forms, the panel).
        #expect(checked > 500)
    }

    @Test func everyKeyAWidgetTakesIsDeclaredForIt() {
        for key in Self.universe {
            var field = TextField("ab cd")
            field.cursor = 2
            if field.handle(key) { #expect(TextField.keys.action(for: key) != nil, "text field: \(key)") }
            var area = TextArea("uno\ndos tres")
            area.cursor = 5
            if area.handle(key, width: 20) { #expect(TextArea.keys.action(for: key) != nil, "paragraph: \(key)") }
            for typed in ["", "a"] {
                var choice = ChoiceField([Choice("a", name: "Alfa"), Choice("b", name: "Beta uno")], selected: 0)
                choice.typed = typed
                if choice.handle(key, language: .es) { #expect(ChoiceField.keys.action(for: key) != nil, "choice: \(key)") }
            }
            var cursor = ListCursor()
            if cursor.handle(key, count: 10, page: 3) { #expect(ListCursor.keys.action(for: key) != nil, "list: \(key)") }
            let fields: [FormField] = [.text("t", .init(es: "T", en: "T")),
                                       FormField("c", .init(es: "C", en: "C"), input: .choice(ChoiceField([Choice("x", name: "X")]))),
                                       FormField("k", .init(es: "K", en: "K"), input: .check(false)),
                                       FormField("p", .init(es: "P", en: "P"), input: .area(TextArea(), rows: 2)),
                                       .text("u", .init(es: "U", en: "U"))]
            for i in fields.indices {
                var form = FormState(fields)
                form.focus = i
                let kind = form.focusedKind!
                guard form.handle(key, language: .es) != .ignored else { continue }
                let declared = WidgetKind.form.section.keys + kind.section.keys
                #expect(declared.contains { $0.matches(key) }, "form on \(kind): \(key)")
            }
        }
    }

    @Test func theOverlaysDispatchThroughTheirDeclaredKeys() throws {
        let app = App()
        for key in Self.universe where HelpOverlay.keys.action(for: key) == nil {
            // Keys help does not declare leave it open and unscrolled (quit and language aside).
            var s = Self.state { $0.overlay = .help(scroll: 3) }
            _ = app.update(&s, .key(key))
            if case .help(let scroll) = s.overlay { #expect(scroll == 3, "help: \(key)") }
            else { #expect(s.shouldQuit || s.privacy.isLocked, "help closed by \(key)") }
        }
        for key in Self.universe where PaletteKeys.keys.action(for: key) == nil {
            var s = Self.state { $0.overlay = .palette(PaletteState()) }
            _ = app.update(&s, .key(key))
            if case .palette(let p) = s.overlay { #expect(p.query.isEmpty && p.selected == 0, "palette: \(key)") }
            else { #expect(s.shouldQuit || s.privacy.isLocked, "palette closed by \(key)") }
        }
    }

    @Test(arguments: Language.allCases)
    func helpListsEveryScreensKeysUnderItsHeading(language: Language) {
        let lines = HelpOverlay.lines(registry: .standard, language: language, width: 400)
        let headers = lines.indices.filter { lines[$0].role == .header }
        for id in ScreenID.allCases {
            let title = id.scope.label(language)
            guard let start = headers.first(where: { lines[$0].text == title }) else {
                #expect(ScreenDispatch.keySections(id).isEmpty, "\(id) has keys but no heading")
                continue
            }
            let end = headers.first { $0 > start } ?? lines.count
            let part = lines[start..<end].map(\.text)
            for section in ScreenDispatch.keySections(id) {
                #expect(part.contains(section.title(language) + ":"), "\(id): \(section.title(language))")
                for b in section.keys {
                    #expect(Self.lists(part, b, language), "\(id): \(b.keysDisplay(language)) \(b.help(language))")
                }
            }
            for widget in ScreenDispatch.widgets(id) {
                #expect(part.contains { $0.contains(widget.section.title(language)) }, "\(id) names \(widget)")
            }
        }
        // Each kind of field, list and dialog is listed once, with every key it takes.
        let all = lines.map(\.text)
        for kind in WidgetKind.allCases {
            #expect(all.filter { $0 == kind.section.title(language) + ":" }.count == 1, "\(kind)")
            for b in kind.section.keys {
                #expect(Self.lists(all, b, language), "\(kind): \(b.help(language))")
            }
        }
        // Keys the issue named are there in words: Tab in forms, Space on a tick box, type-ahead, n on a candidate.
        let text = all.joined(separator: "\n")
        #expect(text.contains("Shift-Tab"))
        #expect(text.contains(language == .es ? "Espacio x X" : "Space x X"))
        #expect(text.contains(ChoiceField.keys.help[3].help(language)))
        #expect(text.contains("n N Alt-n"))
    }

    /// Whether help lines show the binding: its keys and words on one line, or (keys wider than
    /// their column) the keys alone and the words on the next line.
    static func lists(_ lines: [String], _ b: KeyHelp, _ language: Language) -> Bool {
        let keys = b.keysDisplay(language), words = b.help(language)
        return lines.indices.contains { i in
            lines[i].contains(keys)
                && (lines[i].contains(words) || (i + 1 < lines.count && lines[i + 1].hasSuffix(" " + words)))
        }
    }

    @Test func helpShowsTheFocusedFieldsKeysFirst() {
        var s = Self.state { s in
            var intake = IntakeState()
            intake.form.focus("area")
            s.intake = intake
            s.push(.intake)
        }
        #expect(ScreenDispatch.focusedWidget(s) == .choice)
        let lines = HelpOverlay.lines(registry: .standard, language: .es, width: 120, focused: ScreenDispatch.focusedWidget(s))
        #expect(lines[0].text == "Aquí, ahora")
        #expect(lines[1].text == "Elección (‹ ›):")
        s.intake?.panelFocused = true
        #expect(ScreenDispatch.focusedWidget(s) == nil)
    }

    @Test(arguments: Language.allCases)
    func enlaceKeysListsEveryDeclaredBinding(language: Language) {
        let md = CommandRegistry.standard.keysMarkdown(language)
        #expect(md.hasPrefix(CommandRegistry.standard.markdown(language)), "the commands' table comes first, unchanged")
        #expect(md.contains(HelpText.tableTitle(language)))
        var rows = 0
        for (place, section) in HelpText.sections {
            for b in section.keys {
                let keys = b.keys.map { "`\($0.display(language))`" }.joined(separator: " ")
                #expect(md.contains("| \(keys) | \(place(language)) · \(section.title(language)) | \(b.help(language)) |"))
                rows += 1
            }
        }
        // Every screen's own bindings are among them.
        for id in ScreenID.allCases {
            for section in ScreenDispatch.keySections(id) {
                #expect(md.contains("| \(id.scope.label(language)) · \(section.title(language)) |"))
            }
        }
        #expect(rows > 80)
    }

    // MARK: the two small defects

    @Test func typingLInTheServiceAreaJumpsToLegalAidFromHealth() throws {
        let form = IntakeFields.newForm()
        guard case .choice(var area)? = form["area"]?.input else { Issue.record("area is a choice"); return }
        area.select(id: ServiceArea.health.rawValue)
        let handled = area.handle(.char("l"), language: .es)
        #expect(handled)
        #expect(area.selectedID == ServiceArea.legal.rawValue, "«l» is the start of «legal» in «Asesoría legal y derechos»")
        // A word start, accents optional; a label's own start still comes first.
        for (typed, want) in [("der", ServiceArea.legal), ("ASESORIA", .legal), ("edu", .education), ("s", .health)] {
            var c = area
            c.typed = ""
            c.select(id: nil)
            for ch in typed { _ = c.handle(.char(ch), language: .es) }
            #expect(c.selectedID == want.rawValue, "\(typed)")
        }
        // Spaces in what is typed still work ("legal y" is a word run of the label).
        var c = area
        c.typed = ""
        for ch in "legal y" { _ = c.handle(.char(ch), language: .es) }
        #expect(c.selectedID == ServiceArea.legal.rawValue && c.typed == "legal y")
        // A letter found nowhere is dropped.
        _ = c.handle(.char("q"), language: .es)
        #expect(c.typed == "legal y")
    }

    @Test func aDialogsProblemWrapsInsteadOfBeingCut() {
        let problem = LocalizedText(es: "La fecha ya pasó: elija hoy o una fecha futura, o escriba «mañana» o +3 para dentro de tres días.",
                                    en: "That date has passed: choose today or a later date, or type “tomorrow” or +3 for three days from now.")
        for language in Language.allCases {
            var s = Self.state { $0.language = language }
            var dialog = DialogState(title: .init(es: "Fecha", en: "Date"), message: .init(es: "¿Cuándo?", en: "When?"),
                                     kind: .text(TextField("ayer"))) { _, _ in [] }
            dialog.problem = problem
            s.overlay = .dialog(dialog)
            let screen = App().render(s)
            let inner = DialogState.width(80) - 4
            let lines = TextWidth.wrap(problem(language), width: inner)
            #expect(lines.count >= 2)
            for line in lines { #expect(screen.text.contains(line), "\(language): «\(line)» on screen") }
            // Each row of the problem is in the error role, inside the box.
            let row = (0..<24).first { screen.line($0).contains(lines[lines.count - 1]) }!
            let x = screen.line(row).distance(of: lines[lines.count - 1])
            #expect(screen.role(x: x, y: row) == .error)
            #expect(screen.line(row + 1).contains("└"))
        }
    }
}

private extension String {
    /// The column of the first occurrence of `needle` (ASCII-width text before it).
    func distance(of needle: String) -> Int {
        guard let r = range(of: needle) else { return 0 }
        return TextWidth.columns(of: String(self[..<r.lowerBound]))
    }
}

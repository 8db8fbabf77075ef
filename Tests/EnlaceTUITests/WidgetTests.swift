import Testing
import EnlaceCore
@testable import EnlaceTUI

struct TextFieldTests {
    @Test func typingEditingAndCursorMovement() {
        var f = TextField()
        for ch in "José Muñoz" { let typed = f.handle(.char(ch)); #expect(typed) }
        #expect(f.text == "José Muñoz")
        #expect(f.cursor == 10)
        _ = f.handle(.home)
        _ = f.handle(.delete)
        #expect(f.text == "osé Muñoz")
        _ = f.handle(.end)
        _ = f.handle(.backspace)
        #expect(f.text == "osé Muño")
        _ = f.handle(.ctrl("w"))
        #expect(f.text == "osé ")
        _ = f.handle(.left)
        _ = f.handle(.left)
        _ = f.handle(.char("x"))
        #expect(f.text == "osxé ")
        _ = f.handle(.ctrl("u"))
        #expect(f.text == "é ")
        #expect(f.cursor == 0)
        let r1 = f.handle(.tab)
        #expect(!r1)
        let r2 = f.handle(.enter)
        #expect(!r2)
        let r3 = f.handle(.function(2))
        #expect(!r3)
    }

    @Test func maxLengthCutsAndPasteDropsNewlines() {
        var f = TextField(maxLength: 8)
        _ = f.handle(.paste("Ana\nMaría López"))
        #expect(f.text == "Ana Marí")
        #expect(f.insert("x") == true)
        #expect(f.text.count == 8)
    }

    @Test func drawScrollsToKeepTheCursorVisibleAndMasksPasswords() {
        var buffer = ScreenBuffer(width: 12, height: 2)
        var f = TextField("Guadalupe Hernández")
        f.draw(into: &buffer, x: 0, y: 0, width: 10, focused: true)
        #expect(buffer.line(0).hasPrefix("Hernández"))
        #expect(buffer.cursor?.x == 9)
        _ = f.handle(.home)
        f.draw(into: &buffer, x: 0, y: 0, width: 10, focused: true)
        #expect(buffer.line(0).hasPrefix("Guadalupe "))
        #expect(buffer.cursor?.x == 0)
        let secret = TextField("clave", masked: true)
        secret.draw(into: &buffer, x: 0, y: 1, width: 10, focused: false)
        #expect(buffer.line(1).hasPrefix("•••••"))
        #expect(!buffer.line(1).contains("clave"))
    }
}

struct TextAreaTests {
    @Test func wrapsAtSpacesAndMovesByDrawnLine() {
        var a = TextArea("La señora pidió cita para el martes\nGracias")
        let lines = a.visualLines(width: 12).map { Array(a.text)[$0.start..<$0.end] }.map { String($0) }
        #expect(lines == ["La señora ", "pidió cita ", "para el ", "martes", "Gracias"])
        _ = a.handle(.up, width: 12)
        #expect(a.cursorPosition(width: 12).line == 3)
        _ = a.handle(.home, width: 12)
        _ = a.handle(.enter, width: 12)
        #expect(a.text.contains("el \nmartes"))
        var buffer = ScreenBuffer(width: 14, height: 3)
        a.draw(into: &buffer, rect: Rect(x: 1, y: 0, width: 12, height: 3), focused: true)
        #expect(buffer.cursor != nil)
        #expect(buffer.text.contains("martes"))
    }
}

struct ChoiceFieldTests {
    let options = [Choice("low", .init(es: "Baja", en: "Low")), Choice("normal", .init(es: "Normal", en: "Normal")),
                   Choice("urgent", .init(es: "Urgente", en: "Urgent"))]

    @Test func arrowsCycleAndTypingJumpsIgnoringAccents() {
        var c = ChoiceField(options)
        #expect(c.selectedID == nil)
        _ = c.handle(.down, language: .es)
        #expect(c.selectedID == "low")
        _ = c.handle(.up, language: .es)
        #expect(c.selectedID == "urgent")
        _ = c.handle(.char("n"), language: .es)
        #expect(c.selectedID == "normal")
        var states = ChoiceField([Choice("MC", name: "Michoacán"), Choice("MX", name: "México")])
        _ = states.handle(.char("m"), language: .es)
        _ = states.handle(.char("e"), language: .es)
        #expect(states.selectedID == "MX")
        _ = states.handle(.char("z"), language: .es)
        #expect(states.selectedID == "MX")
        #expect(states.typed == "me")
    }

    /// A partner's name of several words typed in a row: the space continues the type-ahead
    /// instead of moving to the next option (it used to land on "Telesalud…").
    @Test func aSpaceAfterLettersIsPartOfTheTypedName() {
        var partners = ChoiceField([Choice("1", name: "Red de Telemedicina Salud Sin Fronteras"),
                                    Choice("2", name: "Red Médica Comunitaria"),
                                    Choice("3", name: "Telesalud Latina del Suroeste")])
        for c in "Red de T" { _ = partners.handle(.char(c), language: .es) }
        #expect(partners.selectedID == "1")
        #expect(partners.typed == "Red de T")
        // With nothing typed, Space still moves to the next option.
        var c = ChoiceField(options, selected: 0)
        _ = c.handle(.char(" "), language: .es)
        #expect(c.selectedID == "normal")
    }
}

struct FormStateTests {
    func form() -> FormState {
        FormState([
            .text("given", .init(es: "Nombre", en: "Given names"), required: true),
            FormField("priority", .init(es: "Prioridad", en: "Priority"),
                      input: .choice(ChoiceField([Choice("normal", name: "Normal"), Choice("urgent", name: "Urgente")]))),
            FormField("consent", .init(es: "Consentimiento", en: "Consent"), input: .check(false)),
        ])
    }

    @Test func tabMovesEnterSubmitsOnTheLastFieldAndEditsAreReported() {
        var f = form()
        let r4 = f.handle(.char("A"), language: .es)
        #expect(r4 == .edited(field: "given"))
        #expect(f.dirty)
        let r5 = f.handle(.tab, language: .es)
        #expect(r5 == .moved(left: "given"))
        let r6 = f.handle(.down, language: .es)
        #expect(r6 == .edited(field: "priority"))
        #expect(f.value("priority") == "normal")
        let r7 = f.handle(.enter, language: .es)
        #expect(r7 == .moved(left: "priority"))
        let r8 = f.handle(.char(" "), language: .es)
        #expect(r8 == .edited(field: "consent"))
        #expect(f["consent"]?.isChecked == true)
        let r9 = f.handle(.enter, language: .es)
        #expect(r9 == .submit)
        let r10 = f.handle(.backTab, language: .es)
        #expect(r10 == .moved(left: "consent"))
        let r11 = f.handle(.ctrl("s"), language: .es)
        #expect(r11 == .submit)
        let r12 = f.handle(.escape, language: .es)
        #expect(r12 == .ignored)
    }

    @Test func missingRequiredAndProblemsDrawInTheErrorRole() {
        var f = form()
        #expect(f.missingRequired.map(\.id) == ["given"])
        f.setProblem("given", .init(es: "Falta el nombre.", en: "The name is missing."))
        var buffer = ScreenBuffer(width: 60, height: 6)
        FormView.draw(f, in: Rect(x: 0, y: 0, width: 60, height: 6), labelWidth: 16, language: .es, into: &buffer)
        #expect(buffer.line(0).hasPrefix("Nombre*"))
        #expect(buffer.role(x: 6, y: 0) == .required)
        let problem = try! #require(buffer.find("Falta el nombre."))
        #expect(problem.y == 1)
        #expect(buffer.role(x: problem.x, y: 1) == .error)
        #expect(buffer.line(3).contains("[ ]"))
    }

    @Test func formScrollsToKeepTheFocusVisible() {
        var f = FormState((0..<10).map { FormField.text("f\($0)", .init(es: "Campo \($0)", en: "Field \($0)")) })
        f.focus = 9
        #expect(FormView.scroll(for: f, height: 4) == 6)
        f.focus = 0
        f.scroll = 6
        #expect(FormView.scroll(for: f, height: 4) == 0)
    }
}

struct ListCursorTests {
    @Test func movesPagesAndClamps() {
        var c = ListCursor()
        let r13 = c.handle(.down, count: 10, page: 4)
        #expect(r13)
        c.move(by: 4, count: 10, page: 4)
        #expect(c.selected == 5 && c.top == 2)
        _ = c.handle(.end, count: 10, page: 4)
        #expect(c.selected == 9 && c.top == 6)
        #expect(c.visible(count: 10, page: 4) == 6..<10)
        c.clamp(count: 3, page: 4)
        #expect(c.selected == 2 && c.top == 0)
        let r14 = c.handle(.enter, count: 3, page: 4)
        #expect(!r14)
    }
}

struct TextAreaEditingTests {
    @Test func backspaceAtTheEndRemovesOneCharacterAndKeepsTheCursorThere() {
        var a = TextArea("Hola")
        _ = a.handle(.backspace, width: 20)
        _ = a.handle(.backspace, width: 20)
        #expect(a.text == "Ho")
        #expect(a.cursor == 2)
        _ = a.handle(.char("y"), width: 20)
        #expect(a.text == "Hoy")
    }
}

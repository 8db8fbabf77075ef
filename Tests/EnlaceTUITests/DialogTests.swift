import Foundation
import Testing
import EnlaceCore
@testable import EnlaceTUI

struct DialogTests {
    static let fixture = ScreenFixture.make(people: 20, name: "dialogs")

    func state() throws -> AppState {
        AppState(language: .es, width: 80, height: 24, user: try Self.fixture.user(.caseworker),
                 organization: "Casa", now: ScreenFixture.now, timeZone: ScreenFixture.chicago)
    }

    @Test func textDialogRefusesAnEmptyAnswerThenRunsItsAction() throws {
        let app = App()
        var s = try state()
        s.overlay = .dialog(DialogState(
            title: .init(es: "Motivo del rechazo", en: "Reason for rejecting"), kind: .text(TextField()),
            requiredProblem: .init(es: "Escriba el motivo.", en: "Type the reason.")) { state, answer in
                if case .text(let t) = answer { state.message = StatusMessage("motivo: " + t, role: .success) }
                return []
            })
        _ = app.update(&s, .key(.enter))
        var screen = app.render(s)
        #expect(screen.text.contains("Motivo del rechazo"))
        let problem = try #require(screen.find("Escriba el motivo."))
        #expect(screen.role(x: problem.x, y: problem.y) == .error)
        for ch in "Falta acta" { _ = app.update(&s, .key(.char(ch))) }
        _ = app.update(&s, .key(.function(9)))   // the language switches with the dialog open
        screen = app.render(s)
        #expect(screen.text.contains("Reason for rejecting"))
        #expect(screen.text.contains("Falta acta"))
        _ = app.update(&s, .key(.enter))
        #expect(s.overlay.isNone)
        #expect(s.message?.text == "motivo: Falta acta")
    }

    @Test func choiceDialogJumpsByLetterAndEscCancelsWithoutRunning() throws {
        let app = App()
        var s = try state()
        let options = ["Jorge Ramírez", "Lucía Hernández", "María Elena Rodríguez"].enumerated().map { Choice("\($0.offset)", name: $0.element) }
        let dialog = DialogState(title: .init(es: "Asignar a", en: "Assign to"), kind: .choice(options, ListCursor())) { state, answer in
            if case .choice(let c) = answer { state.message = StatusMessage(c.label(.es), role: .success) }
            return []
        }
        s.overlay = .dialog(dialog)
        _ = app.update(&s, .key(.char("m")))
        let screen = app.render(s)
        let row = try #require(screen.find("María Elena Rodríguez"))
        #expect(screen.role(x: row.x, y: row.y) == .selection)
        _ = app.update(&s, .key(.escape))
        #expect(s.overlay.isNone)
        #expect(s.message == nil)
        s.overlay = .dialog(dialog)
        _ = app.update(&s, .key(.down))
        _ = app.update(&s, .key(.enter))
        #expect(s.message?.text == "Lucía Hernández")
    }

    @Test func confirmDialogAnswersYesWithSAndNoWithN() throws {
        let app = App()
        var s = try state()
        let confirm = DialogState(title: FormText.unsavedTitle.text, message: FormText.unsavedQuestion.text, kind: .confirm) { state, _ in
            state.shouldQuit = true
            return []
        }
        s.overlay = .dialog(confirm)
        #expect(app.render(s).text.contains("¿Salir sin guardarlos?"))
        _ = app.update(&s, .key(.char("n")))
        #expect(!s.shouldQuit && s.overlay.isNone)
        s.overlay = .dialog(confirm)
        _ = app.update(&s, .key(.char("s")))
        #expect(s.shouldQuit)
    }
}

import EnlaceCore
import EnlaceStore

extension CommandID {
    static let caseListOpen = CommandID("caseList.open")
    static let caseOpenEntry = CommandID("caseDetail.openEntry")
    static let caseNote = CommandID("caseDetail.note")
    static let caseTake = CommandID("caseDetail.take")
    static let caseAssign = CommandID("caseDetail.assign")
    static let caseWait = CommandID("caseDetail.wait")
    static let caseResume = CommandID("caseDetail.resume")
    static let caseRequestClosure = CommandID("caseDetail.requestClosure")
    static let caseApproveClosure = CommandID("caseDetail.approveClosure")
    static let caseRejectClosure = CommandID("caseDetail.rejectClosure")
    static let caseReopen = CommandID("caseDetail.reopen")
    static let caseCloseAsDuplicate = CommandID("caseDetail.closeAsDuplicate")
    static let casePriority = CommandID("caseDetail.priority")
    static let caseNewReferral = CommandID("caseDetail.newReferral")
    static let caseFollowUp = CommandID("caseDetail.followUp")
}

/// One action of the case screen's panel: its command, and the workflow event it carries out
/// (nil for the actions that are not transitions: note, priority, referral, follow-up).
struct CaseDetailAction: Sendable {
    let command: Command
    let event: CaseEvent?
}

enum CaseDetailCommands {
    /// The workflow events in the order the panel lists them, with their keys and dialogs.
    static let workflow: [CaseDetailAction] = [
        action(.caseTake, [.char("t")], .take, es: "Tomar el caso", en: "Take the case",
               help: .init(es: "Toma un caso nuevo sin asignar: queda a su cargo.", en: "Takes a new, unassigned case: it becomes yours."),
               CaseDetailScreen.take),
        action(.caseAssign, [.char("a")], .assign, es: "Asignar", en: "Assign",
               help: .init(es: "Supervisión: asigna el caso a una persona del equipo.", en: "Supervisor: assigns the case to someone on the team."),
               CaseDetailScreen.assign),
        action(.caseWait, [.char("e")], .wait, es: "Poner en espera", en: "Put on hold",
               help: .init(es: "El caso espera a la persona, a un proveedor, al consulado o documentos.",
                           en: "The case waits on the client, a provider, the consulate or documents."),
               CaseDetailScreen.wait),
        action(.caseResume, [.char("u")], .resume, es: "Reanudar", en: "Resume",
               help: .init(es: "Vuelve a activar un caso en espera.", en: "Makes a waiting case active again."),
               CaseDetailScreen.resume),
        action(.caseRequestClosure, [.char("c")], .requestClosure, es: "Solicitar cierre", en: "Request closure",
               help: .init(es: "Pide cerrar el caso con su resultado y un resumen; supervisión lo aprueba.",
                           en: "Asks to close the case with its outcome and a summary; a supervisor approves it."),
               CaseDetailScreen.requestClosure),
        action(.caseApproveClosure, [.char("v")], .approveClosure, es: "Aprobar cierre", en: "Approve closure",
               help: .init(es: "Supervisión: cierra el caso cuya solicitud de cierre revisó.", en: "Supervisor: closes a case whose closure request was reviewed."),
               CaseDetailScreen.approve),
        action(.caseRejectClosure, [.char("x")], .rejectClosure, es: "Rechazar cierre", en: "Reject closure",
               help: .init(es: "Supervisión: devuelve el caso a activo, con el motivo.", en: "Supervisor: sends the case back to active, with the reason."),
               CaseDetailScreen.reject),
        action(.caseReopen, [.char("o")], .reopen, es: "Reabrir", en: "Reopen",
               help: .init(es: "Supervisión: reabre un caso cerrado, con el motivo.", en: "Supervisor: reopens a closed case, with the reason."),
               CaseDetailScreen.reopen),
        action(.caseCloseAsDuplicate, [.char("d")], .closeAsDuplicate, es: "Cerrar como duplicado", en: "Close as duplicate",
               help: .init(es: "Supervisión: cierra el caso como duplicado de otro que se conserva.",
                           en: "Supervisor: closes the case as a duplicate of another that stays."),
               CaseDetailScreen.closeAsDuplicate),
    ]

    /// The actions that are not transitions, always listed after the workflow ones.
    static let desk: [CaseDetailAction] = [
        action(.caseNote, [.char("n")], nil, es: "Nota", en: "Note",
               help: .init(es: "Escribe una nota de varias líneas; Ctrl-S la guarda.", en: "Writes a note of several lines; Ctrl-S saves it."),
               CaseDetailScreen.note),
        action(.casePriority, [.char("p")], nil, es: "Prioridad", en: "Priority",
               help: .init(es: "Cambia la prioridad: normal, alta o urgente.", en: "Changes the priority: normal, high or urgent."),
               CaseDetailScreen.priority),
        action(.caseNewReferral, [.char("r")], nil, es: "Nueva canalización", en: "New referral",
               help: .init(es: "Canaliza a la persona a un servicio aliado.", en: "Refers the person to a partner service."),
               CaseDetailScreen.newReferral),
        action(.caseFollowUp, [.char("s")], nil, es: "Programar seguimiento", en: "Schedule follow-up",
               help: .init(es: "Programa una llamada, WhatsApp, SMS o visita para una fecha.", en: "Schedules a call, WhatsApp, SMS or visit for a date."),
               CaseDetailScreen.followUp),
    ]

    static let actions = workflow + desk

    static let all: [Command] = [
        Command(.caseListOpen, keys: [.enter],
                label: .init(es: "Abrir caso", en: "Open case"),
                help: .init(es: "Abre el caso seleccionado: datos, historial y acciones.", en: "Opens the selected case: details, timeline and actions."),
                scopes: [.caseList], inFooter: true,
                disabledReason: { state in
                    state.caseList.selectedCase == nil ? .init(es: "No hay un caso seleccionado.", en: "No case is selected.") : nil
                }) { state in
            guard let id = state.caseList.selectedCase?.id else { return [] }
            return ScreenDispatch.open(&state, .caseDetail(caseId: id))
        },
        Command(.caseOpenEntry, keys: [.enter], label: .init(es: "Abrir entrada", en: "Open entry"),
                help: .init(es: "Abre la canalización seleccionada, o describe el seguimiento seleccionado.",
                            en: "Opens the selected referral, or describes the selected follow-up."),
                scopes: [.caseDetail],
                disabledReason: { state in
                    state.caseDetail?.selectedEntry == nil
                        ? .init(es: "No hay una entrada seleccionada.", en: "No entry is selected.") : nil
                }, perform: CaseDetailScreen.openEntry),
    ] + ListCommands.make(.caseDetail, help: [
        .up: .init(es: "Selecciona la entrada más reciente siguiente del historial.", en: "Selects the next newer timeline entry."),
        .down: .init(es: "Selecciona la entrada más antigua siguiente del historial.", en: "Selects the next older timeline entry."),
        .first: .init(es: "Va a la entrada más reciente.", en: "Goes to the newest entry."),
        .last: .init(es: "Va a la entrada más antigua mostrada.", en: "Goes to the oldest entry shown."),
    ], perform: CaseDetailScreen.move) + actions.map(\.command)

    private static func action(_ id: CommandID, _ keys: [Key], _ event: CaseEvent?, es: String, en: String,
                               help: LocalizedText, _ perform: @escaping CommandAction) -> CaseDetailAction {
        CaseDetailAction(command: Command(id, keys: keys, label: .init(es: es, en: en), help: help, scopes: [.caseDetail],
                                          inFooter: id == .caseNote,
                                          disabledReason: { state in reason(id: id, event: event, state) },
                                          perform: perform),
                         event: event)
    }

    /// Why an action of the panel cannot run now: the store's refusal for a workflow event
    /// (role, ownership, open work), the status for an event the table does not offer from
    /// it, the role table or a closed case for the others.
    static func reason(id: CommandID, event: CaseEvent?, _ state: AppState) -> LocalizedText? {
        guard let detail = state.caseDetail, let header = detail.header else {
            return CaseDetailText.loading.text
        }
        if let event {
            guard let offered = detail.actions.first(where: { $0.event == event }) else {
                return CaseDetailText.notOfferedNow.text.filling(["status": header.status.label.text])
            }
            return offered.refusal
        }
        let useCase: UseCase
        switch id {
        case .caseNote, .casePriority: useCase = .addNote
        case .caseNewReferral: useCase = .createReferral
        default: useCase = .scheduleFollowUp
        }
        let actor = ActingUser(role: state.user.role, userId: String(state.user.id))
        let subject = PermissionSubject.caseRecord(caseworkerId: header.caseworkerId.map(String.init))
        if case .failure(let refusal) = Permissions.check(useCase, actor: actor, subject: subject) {
            return refusal.message
        }
        if id != .caseNote && header.status == .closed { return CaseDetailText.closedCase.text }
        return nil
    }

    /// The actions the panel lists for this case now: the events the workflow table offers
    /// from its status (allowed or not), then note, priority, referral and follow-up.
    static func listed(_ state: AppState) -> [CaseDetailAction] {
        let offered = Set(state.caseDetail?.actions.map(\.event) ?? [])
        return workflow.filter { $0.event.map(offered.contains) ?? false } + desk
    }
}

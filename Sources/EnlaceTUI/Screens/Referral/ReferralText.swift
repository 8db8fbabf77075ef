import EnlaceCore

/// Words of the referral screen (field labels of the referral itself come from Core's
/// `ReferralText`).
public enum ReferralScreenText: String, MessageCatalog {
    // Titles and the kind chooser.
    case titleNew, titleExisting, chooseKind, chooseKindHint, loading
    case kindHintTelemedicine, kindHintLegalAid, kindHintFuneral, kindHintConsular
    // Form fields.
    case partnerHint, urgency, responseDue, responseDueDefault, consent, consentHint, documents
    case availabilityHint, weekdaysOnly, deadline, courtDate, dateHint, detained, facilityHint
    case aNumber, aNumberHint, bodyPlaceName, kinName, kinRelationship, kinPhone, consulateNotified
    case repatriationState, repatriationMunicipality, consulateHint
    case availabilityBad, suggestedUrgency, formHint, missingToSend
    // Saving and sending.
    case draftSaved, sent, conflictKept, conflictReloaded, consentTitle, consentQuestion, pickPartnerTitle
    // Workflow steps.
    case accepted, declineTitle, declineQuestion, declined, cancelTitle, cancelQuestion, cancelled
    case noShowTitle, noShowQuestion, noShowDone, reasonRequired
    case appointmentDateTitle, appointmentDateQuestion, appointmentDateRequired
    case appointmentTimeTitle, appointmentTimeQuestion, appointmentTimeRequired, timeBad
    case appointmentPlaceTitle, appointmentPlaceQuestion, scheduled
    case outcomeTitle, outcomeNoteTitle, outcomeNoteQuestion, completed
    case slipWritten, slipNotWritten
    // Why a command cannot run.
    case onlyInForm, onlyAfterSaving, noReferralYet, notFromStatus, noPartners, onlyDrafts, noDocuments
    // The view of a referral.
    case viewPartner, viewAddress, viewPhone, viewStatus, viewDue, viewDueOverdue, viewAppointment, viewNoAppointment
    case viewPlace, viewOutcome, viewClosingReason, viewReason, viewUrgency, viewConsent, yes, no
    case viewDocuments, viewNoDocuments, viewActions, viewUnavailable, viewSupport, viewRepatriation, viewNextOfKin
    case viewAvailabilityWeekdays
    // Commands.
    case cmdSave, cmdSaveHelp, cmdSend, cmdSendHelp, cmdPickPartner, cmdPickPartnerHelp, cmdEdit, cmdEditHelp
    case cmdAccept, cmdAcceptHelp, cmdDecline, cmdDeclineHelp, cmdSchedule, cmdScheduleHelp
    case cmdReschedule, cmdRescheduleHelp, cmdComplete, cmdCompleteHelp, cmdNoShow, cmdNoShowHelp
    case cmdCancel, cmdCancelHelp, cmdSlip, cmdSlipHelp, cmdUpHelp, cmdDownHelp
    case cmdToggle, cmdToggleHelp, cmdPageUpHelp, cmdPageDownHelp

    public var text: LocalizedText {
        switch self {
        case .titleNew: return .init(es: "Nueva canalización", en: "New referral")
        case .titleExisting: return .init(es: "Canalización", en: "Referral")
        case .chooseKind: return .init(es: "¿A qué servicio canaliza a la persona?", en: "Which service is the person referred to?")
        case .chooseKindHint: return .init(es: "↑↓ y Enter, o el número · Esc vuelve", en: "↑↓ and Enter, or the number · Esc goes back")
        case .loading: return .init(es: "Cargando…", en: "Loading…")
        case .kindHintTelemedicine: return .init(es: "consulta médica por teléfono o video", en: "medical consultation by phone or video")
        case .kindHintLegalAid: return .init(es: "migración, asilo, laboral, vivienda, familia", en: "immigration, asylum, labor, housing, family")
        case .kindHintFuneral: return .init(es: "traslado, gastos y trámites por un fallecimiento", en: "repatriation, costs and paperwork after a death")
        case .kindHintConsular: return .init(es: "matrícula, pasaporte, registro, poderes", en: "matrícula, passport, birth registration, proxies")
        case .partnerHint: return .init(es: "Ctrl-O: la lista (primero las de su estado)", en: "Ctrl-O: the list (the person's state first)")
        case .urgency: return .init(es: "Urgencia", en: "Urgency")
        case .responseDue: return .init(es: "Respuesta a más tardar", en: "Response due by")
        case .responseDueDefault: return .init(es: "{days} días hábiles: {date}", en: "{days} working days: {date}")
        case .consent: return .init(es: "Consentimiento", en: "Consent")
        case .consentHint: return .init(es: "la persona acepta compartir sus datos", en: "the person agrees to share their data")
        case .documents: return .init(es: "Documentos a llevar", en: "Documents to bring")
        case .availabilityHint: return .init(es: "por ejemplo 9:00-13:00", en: "for example 9:00-13:00")
        case .weekdaysOnly: return .init(es: "Solo entre semana", en: "Weekdays only")
        case .deadline: return .init(es: "Fecha límite", en: "Filing deadline")
        case .courtDate: return .init(es: "Audiencia en la corte", en: "Court date")
        case .dateHint: return .init(es: "por ejemplo 24/11/2026", en: "for example 24/11/2026 (day first)")
        case .detained: return .init(es: "Está detenida", en: "Detained")
        case .facilityHint: return .init(es: "si está detenida", en: "if detained")
        case .aNumber: return .init(es: "Número A", en: "A-number")
        case .aNumberHint: return .init(es: "solo si la persona lo da", en: "only if the person gives it")
        case .bodyPlaceName: return .init(es: "Nombre del lugar", en: "Name of the place")
        case .kinName: return .init(es: "Familiar de contacto", en: "Next of kin")
        case .kinRelationship: return .init(es: "Parentesco", en: "Relationship")
        case .kinPhone: return .init(es: "Teléfono del familiar", en: "Next of kin's phone")
        case .consulateNotified: return .init(es: "Consulado avisado el", en: "Consulate notified on")
        case .repatriationState: return .init(es: "Repatriación: estado", en: "Repatriation: state")
        case .repatriationMunicipality: return .init(es: "Repatriación: municipio", en: "Repatriation: municipality")
        case .consulateHint: return .init(es: "vacío: el consulado elegido", en: "empty: the chosen consulate")
        case .availabilityBad: return .init(es: "«{text}» no es un horario; escriba por ejemplo 9:00-13:00.", en: "\"{text}\" is not a time window; type for example 9:00-13:00.")
        case .suggestedUrgency: return .init(es: "Urgencia sugerida: {urgency}", en: "Suggested urgency: {urgency}")
        case .formHint: return .init(es: "Tab campos · Ctrl-S guarda borrador · Ctrl-G envía · Esc sale", en: "Tab fields · Ctrl-S saves draft · Ctrl-G sends · Esc leaves")
        case .missingToSend: return .init(es: "Falta para enviar.", en: "Needed to send.")
        case .draftSaved: return .init(es: "Borrador guardado. Ctrl-G lo envía.", en: "Draft saved. Ctrl-G sends it.")
        case .sent: return .init(es: "Canalización enviada a {partner}. Respuesta esperada a más tardar el {date}.", en: "Referral sent to {partner}. Response expected by {date}.")
        case .conflictKept: return .init(es: "Otra persona cambió este borrador. Lo que usted escribió sigue aquí; Ctrl-S lo guarda sobre la versión nueva.", en: "Someone else changed this draft. What you typed is still here; Ctrl-S saves it over the new version.")
        case .conflictReloaded: return .init(es: "Otra persona cambió esta canalización; se volvió a cargar. Lo que escribió sigue en el cuadro.", en: "Someone else changed this referral; it was reloaded. What you typed is still in the box.")
        case .consentTitle: return .init(es: "Consentimiento para compartir", en: "Consent to share")
        case .consentQuestion: return .init(es: "{reason} ¿La persona acepta ahora que se compartan sus datos con {partner}? S registra su consentimiento y envía.", en: "{reason} Does the person now agree to share their data with {partner}? Y records the consent and sends.")
        case .pickPartnerTitle: return .init(es: "Organización aliada (las de su estado primero)", en: "Partner (those in the person's state first)")
        case .accepted: return .init(es: "{partner} aceptó la canalización. Registre la cita con c.", en: "{partner} accepted the referral. Record the appointment with c.")
        case .declineTitle: return .init(es: "Rechazada por la organización", en: "Declined by the partner")
        case .declineQuestion: return .init(es: "¿Por qué la rechazó?", en: "Why did the partner decline?")
        case .declined: return .init(es: "Canalización rechazada. Se creó un seguimiento para llamar a la persona el {date}.", en: "Referral declined. A follow-up to call the person was created for {date}.")
        case .cancelTitle: return .init(es: "Cancelar la canalización", en: "Cancel the referral")
        case .cancelQuestion: return .init(es: "¿Por qué se cancela?", en: "Why is it cancelled?")
        case .cancelled: return .init(es: "Canalización cancelada.", en: "Referral cancelled.")
        case .noShowTitle: return .init(es: "No se presentó", en: "No-show")
        case .noShowQuestion: return .init(es: "¿La persona no llegó a la cita? Se creará un seguimiento para llamarle.", en: "Did the person miss the appointment? A follow-up to call them will be created.")
        case .noShowDone: return .init(es: "Se registró que no se presentó. Se creó un seguimiento para llamarle el {date}.", en: "Recorded as a no-show. A follow-up to call the person was created for {date}.")
        case .reasonRequired: return .init(es: "Escriba el motivo.", en: "Type the reason.")
        case .appointmentDateTitle: return .init(es: "Cita: fecha", en: "Appointment: date")
        case .appointmentDateQuestion: return .init(es: "¿Qué día? Por ejemplo 24/11/2026 o 24 nov 2026.", en: "Which day? For example 24/11/2026 (day first) or Nov 24 2026.")
        case .appointmentDateRequired: return .init(es: "Escriba la fecha de la cita.", en: "Type the date of the appointment.")
        case .appointmentTimeTitle: return .init(es: "Cita: hora", en: "Appointment: time")
        case .appointmentTimeQuestion: return .init(es: "Cita el {date}. ¿A qué hora? Por ejemplo 10:30 o 4 pm.", en: "Appointment on {date}. At what time? For example 10:30 or 4 pm.")
        case .appointmentTimeRequired: return .init(es: "Escriba la hora de la cita.", en: "Type the time of the appointment.")
        case .timeBad: return .init(es: "«{text}» no es una hora; escriba por ejemplo 10:30 o 4 pm.", en: "\"{text}\" is not a time; type for example 10:30 or 4 pm.")
        case .appointmentPlaceTitle: return .init(es: "Cita: lugar", en: "Appointment: place")
        case .appointmentPlaceQuestion: return .init(es: "¿Dónde? (ventanilla, oficina, enlace de video; puede dejarlo vacío)", en: "Where? (window, office, video link; may be left empty)")
        case .scheduled: return .init(es: "Cita registrada: {when}. La tecla i escribe la hoja para la persona.", en: "Appointment recorded: {when}. The i key writes the slip for the person.")
        case .outcomeTitle: return .init(es: "Resultado de la canalización", en: "Outcome of the referral")
        case .outcomeNoteTitle: return .init(es: "Nota del resultado", en: "Outcome note")
        case .outcomeNoteQuestion: return .init(es: "{outcome}. Agregue una nota si hace falta (puede dejarla vacía).", en: "{outcome}. Add a note if needed (may be left empty).")
        case .completed: return .init(es: "Canalización completada: {outcome}.", en: "Referral completed: {outcome}.")
        case .slipWritten: return .init(es: "Hoja guardada: {file} en {folder}", en: "Slip written: {file} in {folder}")
        case .slipNotWritten: return .init(es: "No se pudo escribir la hoja en {path}: {reason}", en: "Could not write the slip to {path}: {reason}")
        case .onlyInForm: return .init(es: "Solo mientras se llena el formulario.", en: "Only while filling in the form.")
        case .onlyAfterSaving: return .init(es: "Primero guarde el borrador (Ctrl-S) o envíelo (Ctrl-G).", en: "First save the draft (Ctrl-S) or send it (Ctrl-G).")
        case .noReferralYet: return .init(es: "Primero elija el tipo de canalización.", en: "First choose the kind of referral.")
        case .notFromStatus: return .init(es: "No se puede en una canalización en estado «{status}».", en: "Not possible on a referral in status \"{status}\".")
        case .noPartners: return .init(es: "No hay organizaciones aliadas para este servicio en el directorio.", en: "There are no partners for this service in the directory.")
        case .onlyDrafts: return .init(es: "Solo un borrador se edita; después se usan las acciones.", en: "Only a draft is edited; afterwards use the actions.")
        case .noDocuments: return .init(es: "Esta canalización no tiene documentos en su lista.", en: "This referral has no documents on its list.")
        case .viewPartner: return .init(es: "Organización", en: "Partner")
        case .viewAddress: return .init(es: "Dirección", en: "Address")
        case .viewPhone: return .init(es: "Teléfono", en: "Phone")
        case .viewStatus: return .init(es: "Estado", en: "Status")
        case .viewDue: return .init(es: "Respuesta a más tardar", en: "Response due")
        case .viewDueOverdue: return .init(es: "(vencida: espera respuesta)", en: "(overdue: awaiting response)")
        case .viewAppointment: return .init(es: "Cita", en: "Appointment")
        case .viewNoAppointment: return .init(es: "sin cita todavía", en: "none yet")
        case .viewPlace: return .init(es: "Lugar", en: "Place")
        case .viewOutcome: return .init(es: "Resultado", en: "Outcome")
        case .viewClosingReason: return .init(es: "Motivo del cierre", en: "Reason given")
        case .viewReason: return .init(es: "Motivo", en: "Reason")
        case .viewUrgency: return .init(es: "Urgencia", en: "Urgency")
        case .viewConsent: return .init(es: "Consentimiento para compartir", en: "Consent to share")
        case .yes: return .init(es: "sí", en: "yes")
        case .no: return .init(es: "no", en: "no")
        case .viewDocuments: return .init(es: "Documentos a llevar (Espacio marca)", en: "Documents to bring (Space ticks)")
        case .viewNoDocuments: return .init(es: "ninguno", en: "none")
        case .viewActions: return .init(es: "Acciones", en: "Actions")
        case .viewUnavailable: return .init(es: "No disponible", en: "Not available")
        case .viewSupport: return .init(es: "Apoyo solicitado", en: "Support requested")
        case .viewRepatriation: return .init(es: "Repatriación a", en: "Repatriation to")
        case .viewNextOfKin: return .init(es: "Familiar de contacto", en: "Next of kin")
        case .viewAvailabilityWeekdays: return .init(es: "entre semana", en: "weekdays")
        case .cmdSave: return .init(es: "Guardar borrador", en: "Save draft")
        case .cmdSaveHelp: return .init(es: "Guarda la canalización como borrador, con lo escrito y los documentos marcados.", en: "Saves the referral as a draft, with what was typed and the ticked documents.")
        case .cmdSend: return .init(es: "Enviar", en: "Send")
        case .cmdSendHelp: return .init(es: "Guarda y envía la canalización a la organización (necesita el consentimiento de la persona).", en: "Saves and sends the referral to the partner (needs the person's consent).")
        case .cmdPickPartner: return .init(es: "Organización", en: "Partner")
        case .cmdPickPartnerHelp: return .init(es: "Muestra las organizaciones aliadas del servicio, primero las del estado de la persona, para escoger una.", en: "Shows the partners of the service, those in the person's state first, to choose one.")
        case .cmdEdit: return .init(es: "Editar borrador", en: "Edit draft")
        case .cmdEditHelp: return .init(es: "Abre el formulario de un borrador.", en: "Opens a draft's form.")
        case .cmdAccept: return .init(es: "Aceptada", en: "Accepted")
        case .cmdAcceptHelp: return .init(es: "Registra que la organización aceptó la canalización.", en: "Records that the partner accepted the referral.")
        case .cmdDecline: return .init(es: "Rechazada", en: "Declined")
        case .cmdDeclineHelp: return .init(es: "Registra que la organización la rechazó, con el motivo; crea un seguimiento.", en: "Records that the partner declined it, with the reason; creates a follow-up.")
        case .cmdSchedule: return .init(es: "Registrar cita", en: "Schedule")
        case .cmdScheduleHelp: return .init(es: "Registra la fecha, hora y lugar de la cita.", en: "Records the appointment's date, time and place.")
        case .cmdReschedule: return .init(es: "Cambiar cita", en: "Reschedule")
        case .cmdRescheduleHelp: return .init(es: "Cambia la fecha, hora o lugar de la cita.", en: "Changes the appointment's date, time or place.")
        case .cmdComplete: return .init(es: "Completada", en: "Complete")
        case .cmdCompleteHelp: return .init(es: "Registra el resultado de la canalización y una nota.", en: "Records the referral's outcome and a note.")
        case .cmdNoShow: return .init(es: "No se presentó", en: "No-show")
        case .cmdNoShowHelp: return .init(es: "Registra que la persona no llegó a la cita; crea un seguimiento.", en: "Records that the person missed the appointment; creates a follow-up.")
        case .cmdCancel: return .init(es: "Cancelar", en: "Cancel")
        case .cmdCancelHelp: return .init(es: "Cancela la canalización, con el motivo.", en: "Cancels the referral, with the reason.")
        case .cmdSlip: return .init(es: "Hoja", en: "Slip")
        case .cmdSlipHelp: return .init(es: "Escribe la hoja de canalización bilingüe para la persona en un archivo.", en: "Writes the bilingual referral slip for the person to a file.")
        case .cmdUpHelp: return .init(es: "Sube en la lista de documentos.", en: "Moves up the list of documents.")
        case .cmdDownHelp: return .init(es: "Baja en la lista de documentos.", en: "Moves down the list of documents.")
        case .cmdPageUpHelp: return .init(es: "Sube una pantalla en la canalización.", en: "Scrolls the referral up one screen.")
        case .cmdPageDownHelp: return .init(es: "Baja una pantalla en la canalización.", en: "Scrolls the referral down one screen.")
        case .cmdToggle: return .init(es: "Marcar documento", en: "Tick document")
        case .cmdToggleHelp: return .init(es: "Marca o desmarca el documento como reunido.", en: "Ticks or unticks the document as gathered.")
        }
    }
}

import EnlaceCore

extension CommandID {
    static let goFollowUps = CommandID("followUps.open")
    static let followUpsScope = CommandID("followUps.scope")
    static let followUpsDone = CommandID("followUps.done")
    static let followUpsMissed = CommandID("followUps.missed")
    static let followUpsReschedule = CommandID("followUps.reschedule")
    static let followUpsSchedule = CommandID("followUps.schedule")
    static let followUpsOpenCase = CommandID("followUps.openCase")
}

enum FollowUpsCommands {
    static let all: [Command] = ListCommands.make(.followUps, help: [
        .first: .init(es: "Va al seguimiento que vence antes.", en: "Goes to the follow-up due first."),
        .last: .init(es: "Va al seguimiento que vence más tarde.", en: "Goes to the follow-up due last."),
    ]) { FollowUpsScreen.move(.move($0)) } + TabCommands.make(
        .followUps, next: (.init(es: "Vista siguiente", en: "Next view"), .init(es: "Pasa de hoy a vencidos a próximos.", en: "Moves from today to overdue to upcoming.")),
        previous: (.init(es: "Vista anterior", en: "Previous view"), .init(es: "Vuelve a la vista anterior.", en: "Goes back to the previous view.")),
        step: FollowUpsScreen.stepView, tabs: [
            (.init(es: "Seguimientos de hoy", en: "Today's follow-ups"),
             .init(es: "Muestra lo que vence de ahora al final del día.", en: "Shows what is due from now to the end of the day."),
             { state in FollowUpsScreen.show(range: .today, &state) }),
            (.init(es: "Seguimientos vencidos", en: "Overdue follow-ups"),
             .init(es: "Muestra lo que debió hacerse y sigue pendiente.", en: "Shows what was due and is still pending."),
             { state in FollowUpsScreen.show(range: .overdue, &state) }),
            (.init(es: "Próximos seguimientos", en: "Upcoming follow-ups"),
             .init(es: "Muestra lo programado de mañana en adelante.", en: "Shows what is scheduled from tomorrow on."),
             { state in FollowUpsScreen.show(range: .upcoming, &state) }),
        ]) + [
        Command(.goFollowUps, keys: [.function(4), .ctrl("t")],
                label: .init(es: "Seguimientos", en: "Follow-ups"),
                help: .init(es: "Abre los seguimientos: de hoy, vencidos y próximos; suyos o del equipo.",
                             en: "Opens the follow-ups: today, overdue and upcoming; yours or the team's."),
                scopes: [.global], inFooter: true) { state in
            ScreenDispatch.open(&state, .followUps)
        },
        Command(.followUpsScope, keys: [.char("e"), .char("t")],
                label: .init(es: "Míos / del equipo", en: "Mine / the team's"),
                help: .init(es: "Alterna entre sus seguimientos y los del equipo que usted puede ver.",
                             en: "Switches between your follow-ups and the team's that you may see."),
                scopes: [.followUps], inFooter: true, perform: FollowUpsScreen.toggleScope),
        Command(.followUpsDone, keys: [.char("h"), .char("d")],
                label: .init(es: "Hecho", en: "Done"),
                help: .init(es: "Marca el seguimiento como hecho y pide el resultado.", en: "Marks the follow-up done and asks for the result."),
                scopes: [.followUps], inFooter: true,
                disabledReason: FollowUpsScreen.noSelection, perform: FollowUpsScreen.markDone),
        Command(.followUpsMissed, keys: [.char("n"), .char("m")],
                label: .init(es: "No se logró", en: "Missed"),
                help: .init(es: "Marca el seguimiento como no logrado y lo reprograma para otra fecha.",
                             en: "Marks the follow-up missed and reschedules it to another date."),
                scopes: [.followUps], inFooter: true,
                disabledReason: FollowUpsScreen.noSelection, perform: FollowUpsScreen.markMissed),
        Command(.followUpsReschedule, keys: [.char("r")],
                label: .init(es: "Reprogramar", en: "Reschedule"),
                help: .init(es: "Cambia la fecha del seguimiento sin marcarlo como no logrado.",
                             en: "Moves the follow-up to another date without marking it missed."),
                scopes: [.followUps],
                disabledReason: FollowUpsScreen.noSelection, perform: FollowUpsScreen.reschedule),
        Command(.followUpsSchedule, keys: [.char("p"), .char("s")],
                label: .init(es: "Programar otro", en: "Schedule another"),
                help: .init(es: "Programa un seguimiento nuevo para el caso de la fila: fecha, medio y nota.",
                             en: "Schedules a new follow-up for the selected row's case: date, channel and note."),
                scopes: [.followUps],
                disabledReason: FollowUpsScreen.noSelection, perform: FollowUpsScreen.scheduleNew),
        Command(.followUpsOpenCase, keys: [.enter],
                label: .init(es: "Abrir caso", en: "Open case"),
                help: .init(es: "Abre el caso del seguimiento seleccionado.", en: "Opens the case of the selected follow-up."),
                scopes: [.followUps],
                disabledReason: FollowUpsScreen.noSelection, perform: FollowUpsScreen.openCase),
    ]
}

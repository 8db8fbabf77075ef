import Foundation
import EnlaceCore
import EnlaceStore

/// The person's file as they read it (the right of access): every heading and label in
/// Spanish and English side by side, values as stored, times in the desk's time zone; or JSON.
public enum PersonFileText: String, MessageCatalog {
    case title, intro, record, cases, notes, referrals, followUps, access, none
    case consentYes, consentNo, sentTo, opened, closed
    case household, nextOfKin, requestsHeading, rightsHeading, eventsHeading

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Lo que {org} guarda sobre usted", en: "What {org} holds about you")
        case .intro:
            return .init(es: "Preparado el {date}. Usted puede pedir que se corrija, que se borre o que no se comparta.",
                         en: "Prepared on {date}. You may ask for it to be corrected, erased, or not shared.")
        case .record: return .init(es: "Sus datos", en: "Your record")
        case .cases: return .init(es: "Casos", en: "Cases")
        case .notes: return .init(es: "Notas", en: "Notes")
        case .referrals: return .init(es: "Canalizaciones (a quién se enviaron sus datos)", en: "Referrals (who your data was sent to)")
        case .followUps: return .init(es: "Seguimientos", en: "Follow-ups")
        case .access: return .init(es: "Quién vio o cambió su registro, y cuándo", en: "Who viewed or changed your record, and when")
        case .none: return .init(es: "ninguno", en: "none")
        case .consentYes: return .init(es: "con su consentimiento", en: "with your consent")
        case .consentNo: return .init(es: "sin consentimiento registrado", en: "no consent recorded")
        case .sentTo: return .init(es: "enviada a", en: "sent to")
        case .opened: return .init(es: "abierto", en: "opened")
        case .closed: return .init(es: "cerrado", en: "closed")
        case .household: return .init(es: "Su familia registrada aquí", en: "Your family registered here")
        case .nextOfKin: return .init(es: "Familiares de contacto", en: "Next-of-kin contacts")
        case .eventsHeading: return .init(es: "Eventos y talleres a los que asistió", en: "Events and workshops attended")
        case .rightsHeading: return .init(es: "Oposición y retención legal", en: "Opposition and legal hold")
        case .requestsHeading: return .init(es: "Sus solicitudes sobre sus datos (ARCO)", en: "Your requests about your data (ARCO)")
        }
    }

    static let fieldLabels: [String: CaseStoreText] = [
        "givenNames": .fieldGivenNames, "firstSurname": .fieldFirstSurname, "secondSurname": .fieldSecondSurname,
        "preferredName": .fieldPreferredName, "birthDate": .fieldBirthDate, "approximateAge": .fieldApproximateAge,
        "sex": .fieldSex, "phones": .fieldPhone, "email": .fieldEmail, "curp": .fieldCURP, "city": .fieldCity,
        "usState": .fieldUSState, "zip": .fieldZIP, "originState": .fieldOriginState,
        "originMunicipality": .fieldOriginMunicipality, "hometownAssociation": .fieldHometownAssociation,
    ]

    /// "Sus datos / Your record".
    static func both(_ text: LocalizedText) -> String { "\(text.es) / \(text.en)" }

    /// The readable file: both languages side by side.
    public static func render(_ file: PersonFile, organization: String, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        func stamp(_ date: Date?) -> String { date.map { formatter.string(from: $0) } ?? "" }
        let words: [String: LocalizedText] = ["org": .plain(organization), "date": .plain(stamp(file.generatedAt))]
        var out = [both(title.text.filling(words)), both(intro.text.filling(words)), "", "## " + both(record.text)]
        for field in file.record {
            let label = fieldLabels[field.name].map { both($0.text) } ?? field.name
            out.append("- \(label): \(field.value)")
        }
        out += PersonFileDocumentsText.section(file.documents)
        out += householdLines(file)
        out += ["", "## " + both(eventsHeading.text)]
        if file.events.isEmpty { out.append(both(none.text)) }
        for e in file.events { out.append("- \(e.heldOn) · \(both(e.kind.label)) · \(e.name)") }
        out += ["", "## " + both(cases.text)]
        if file.cases.isEmpty { out.append(both(none.text)) }
        for c in file.cases {
            out.append("")
            out.append("### \(c.number) · \(c.status) · \(c.area) · \(both(opened.text)) \(stamp(c.openedAt))"
                       + (c.closedAt.map { " · \(both(closed.text)) \(stamp($0))" } ?? ""))
            if !c.description.isEmpty { out.append(c.description) }
            out.append("#### " + both(notes.text))
            if c.notes.isEmpty { out.append(both(none.text)) }
            for n in c.notes { out.append("- \(stamp(n.at)) \(n.author ?? ""): \(n.body.replacingOccurrences(of: "\n", with: " "))") }
            out.append("#### " + both(referrals.text))
            if c.referrals.isEmpty { out.append(both(none.text)) }
            for r in c.referrals {
                out.append("- \(r.kind) · \(r.status) · \(both(sentTo.text)) \(r.partner ?? "—")"
                           + (r.sentAt.map { " · \(stamp($0))" } ?? "")
                           + " · " + both((r.consentToShare ? consentYes : consentNo).text))
            }
            out.append("#### " + both(followUps.text))
            if c.followUps.isEmpty { out.append(both(none.text)) }
            for f in c.followUps {
                out.append("- \(stamp(f.due)) · \(f.channel) · \(f.status)" + (f.note.isEmpty ? "" : " · \(f.note)")
                           + (f.result.map { " · \($0)" } ?? ""))
            }
        }
        out += rights(file)
        out += ["", "## " + both(access.text)]
        for a in file.access { out.append("- \(stamp(a.at)) · \(a.who ?? "—") · \(a.entity) \(a.action)") }
        if let point = file.checkpoint {
            out += ["", both(AuditChainText.checkpointLabel.text.filling(["checkpoint": .plain(point.argument)]))]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The relatives (registered people, by name) and the next-of-kin contacts.
    static func householdLines(_ file: PersonFile) -> [String] {
        var out = ["", "## " + both(household.text)]
        if file.relatives.isEmpty { out.append(both(none.text)) }
        for r in file.relatives { out.append("- \(both(r.relationship.label.text)): \(r.name)") }
        out += ["", "## " + both(nextOfKin.text)]
        if file.nextOfKin.isEmpty { out.append(both(none.text)) }
        for k in file.nextOfKin {
            let parts = [both(k.relationship.label.text), k.phones.joined(separator: ", "),
                         k.country.map { both($0.label.text) } ?? "", k.place ?? "", k.notes ?? ""]
            out.append("- \(k.name): " + parts.filter { !$0.isEmpty }.joined(separator: " · "))
        }
        return out
    }

    /// The person's requests (ARCO), what they objected to, and a legal hold.
    static func rights(_ file: PersonFile) -> [String] {
        let r = DataRightsText.self
        var out = ["", "## " + both(rightsHeading.text)]
        let channels = file.opposition.blockedChannels.map { both($0.label.text) }
        out.append("- \(both(r.fieldNoShare.text)): \(both((file.opposition.noShare ? r.yes : r.no).text))")
        out.append("- \(both(r.fieldNoContact.text)): \(channels.isEmpty ? both(r.noChannels.text) : channels.joined(separator: ", "))")
        out.append("- \(both(r.fieldLegalHold.text)): \(file.legalHold.map { $0.reason } ?? both(r.noHold.text))")
        out += ["", "## " + both(requestsHeading.text)]
        if file.requests.isEmpty { out.append(both(none.text)) }
        for q in file.requests {
            var line = "- #\(q.id) · \(both(q.kind.label.text)) · \(both(r.fieldReceived.text)) \(q.receivedOn.iso)"
                + " · \(both(r.fieldDue.text)) \(q.dueOn.iso)"
            if let answered = q.answeredOn {
                line += " · \(both(r.fieldAnswered.text)) \(answered.iso)" + (q.outcome.map { " (\(both($0.label.text)))" } ?? "")
            }
            out.append(line)
            if !q.asked.isEmpty { out.append("  \(q.asked.replacingOccurrences(of: "\n", with: " "))") }
        }
        return out
    }

    /// The same as JSON (dates ISO 8601, keys sorted).
    public static func json(_ file: PersonFile) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(file), as: UTF8.self) + "\n"
    }
}

import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// A plain-text page to hand to the person: where to go (partner, address, phone), when
    /// (the appointment), which documents to bring (the checklist), what to say. Written in
    /// `language` first, then in the other language. It ends with how to reach the organization
    /// (its phone, address and email, those an admin has set). It never carries the referral's reason,
    /// symptoms, legal matter, A-number, detention, or anything about immigration status.
    /// Audited as `printedSlip`.
    public func referralSlip(id: Int64, language: Language, by actor: UserAccount) throws -> String {
        try write { db in
            let loaded = try ReferralRows.load(db, id)
            let facts = try self.caseFacts(db, loaded.caseId)
            try self.permit(.viewCase, db, actor: actor, case: facts)
            let person = try PersonNameRow.decodeOne(db, sql: """
                SELECT p.given_names, p.first_surname, p.second_surname, p.preferred_name
                FROM cases c JOIN people p ON p.id = c.person_id WHERE c.id = ?
                """, arguments: [facts.id])
            let partner = try loaded.referral.partnerId.flatMap(Int64.init)
                .flatMap { try PartnerRows.load(db, $0) }
            var organization = try OrganizationRecord.load(db).profile(db)
            if organization.name.isEmpty { organization.name = "Enlace" }
            let slip = SlipContent(personName: person?.listName ?? "", caseNumber: facts.number,
                                   referral: loaded.referral, partner: partner,
                                   organization: organization)
            let text = slip.render(language) + "\n" + String(repeating: "-", count: 60) + "\n\n"
                + slip.render(language.toggled)
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(),
                             entity: AuditEntityType.referral.rawValue, entityID: id,
                             action: "printedSlip", reason: language.rawValue)
            return text
        }
    }
}

/// What goes on a referral slip, rendered per language.
struct SlipContent {
    let personName: String
    let caseNumber: String
    let referral: Referral
    let partner: Partner?
    /// The organization handing out the slip, and how to reach it.
    let organization: OrganizationProfile

    func render(_ language: Language) -> String {
        var lines: [String] = []
        func line(_ label: StoreText, _ value: String) {
            lines.append("\(label(language)): \(value)")
        }
        lines.append("\(StoreText.slipTitle(language)) — \(organization.name)")
        lines.append("")
        line(.slipFor, personName)
        line(.slipCase, caseNumber)
        line(.slipService, referral.kind.label(language))
        if case .consularOrientation(let consular) = referral.details, let procedure = consular.procedure {
            line(.slipProcedure, procedure.label(language))
        }
        if let partner {
            line(.slipPartner, partner.name)
            if let address = partner.fullAddress { line(.slipAddress, address) }
            if !partner.phones.isEmpty {
                line(.slipPhone, partner.phones.map { PhoneNumber(e164: $0).map(\.localFormat) ?? $0 }
                    .joined(separator: " · "))
            }
            if let hours = partner.hours { line(.slipHours, hours) }
        }
        if let appointment = referral.appointment {
            line(.slipAppointment, Self.format(appointment.at, language))
            if let place = appointment.place { line(.slipPlace, place) }
        } else {
            line(.slipAppointment, StoreText.slipNoAppointment(language))
        }
        lines.append("")
        lines.append("\(StoreText.slipDocuments(language)):")
        if referral.checklist.isEmpty {
            lines.append("  \(StoreText.slipNoDocuments(language))")
        }
        for item in referral.checklist {
            lines.append("  [\(item.done ? "x" : " ")] \(item.text(language))")
        }
        lines.append("")
        lines.append("\(StoreText.slipWhatToSay(language)):")
        lines.append("  " + StoreText.slipWhatToSayBody.format(language, [
            "org": organization.name, "service": referral.kind.label(language).lowercased(),
            "number": caseNumber,
        ]))
        lines.append("")
        lines.append(StoreText.slipFooter.format(language, ["org": organization.name]))
        // How to "tell us": only what is set, so never an empty line.
        if let phone = organization.phoneForPeople { lines.append("  \(StoreText.slipPhone(language)): \(phone)") }
        if let address = organization.address { lines.append("  \(StoreText.slipAddress(language)): \(address)") }
        if let email = organization.email { lines.append("  \(StoreText.slipEmail(language)): \(email)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "martes 24 de noviembre de 2026, 10:00" / "Tuesday, November 24, 2026, 10:00".
    static func format(_ date: Date, _ language: Language) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .es ? "es_MX" : "en_US")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = language == .es ? "EEEE d 'de' MMMM 'de' yyyy, HH:mm"
                                               : "EEEE, MMMM d, yyyy, HH:mm"
        return formatter.string(from: date)
    }
}

import Foundation

/// The person's rights over their data (ARCO: acceso, rectificación, cancelación, oposición).
/// Mexico's LFPDPPP gives the organization 20 days to answer a request; the organization may
/// set another number (`DataRequest.defaultDays`).
public enum DataRequestKind: String, CaseIterable, Sendable, Codable {
    case access, rectification, cancellation, opposition

    public var label: DataRightsText {
        switch self {
        case .access: return .kindAccess
        case .rectification: return .kindRectification
        case .cancellation: return .kindCancellation
        case .opposition: return .kindOpposition
        }
    }
}

/// Who made the request.
public enum DataRequester: String, CaseIterable, Sendable, Codable {
    case person, representative

    public var label: DataRightsText { self == .person ? .requesterPerson : .requesterRepresentative }
}

/// How the request reached the organization.
public enum DataRequestChannel: String, CaseIterable, Sendable, Codable {
    case inPerson, phone, email, letter, whatsapp

    public var label: DataRightsText {
        switch self {
        case .inPerson: return .channelInPerson
        case .phone: return .channelPhone
        case .email: return .channelEmail
        case .letter: return .channelLetter
        case .whatsapp: return .channelWhatsApp
        }
    }
}

/// How a request was answered.
public enum DataRequestOutcome: String, CaseIterable, Sendable, Codable {
    case granted, partlyGranted, denied, withdrawn

    public var label: DataRightsText {
        switch self {
        case .granted: return .outcomeGranted
        case .partlyGranted: return .outcomePartlyGranted
        case .denied: return .outcomeDenied
        case .withdrawn: return .outcomeWithdrawn
        }
    }
}

/// One ARCO request as recorded: who asked, how, when, what; when it is due; how and when it
/// was answered and by whom.
public struct DataRequest: Sendable, Equatable, Codable, Identifiable {
    /// The days to answer when the organization set none (LFPDPPP, art. 32).
    public static let defaultDays = 20
    public static let daysRange = 1...365

    public let id: Int64
    public let personId: Int64
    public let kind: DataRequestKind
    public let requester: DataRequester
    /// The representative's name, when one asked.
    public let representative: String?
    public let channel: DataRequestChannel
    public let receivedOn: CalendarDate
    /// What was asked, as told.
    public let asked: String
    public let dueOn: CalendarDate
    public let answeredOn: CalendarDate?
    public let outcome: DataRequestOutcome?
    public let answer: String?
    /// Display names of who recorded and who answered it.
    public let recordedBy: String?
    public let answeredBy: String?

    public init(id: Int64, personId: Int64, kind: DataRequestKind, requester: DataRequester,
                representative: String?, channel: DataRequestChannel, receivedOn: CalendarDate,
                asked: String, dueOn: CalendarDate, answeredOn: CalendarDate?, outcome: DataRequestOutcome?,
                answer: String?, recordedBy: String?, answeredBy: String?) {
        self.id = id
        self.personId = personId
        self.kind = kind
        self.requester = requester
        self.representative = representative
        self.channel = channel
        self.receivedOn = receivedOn
        self.asked = asked
        self.dueOn = dueOn
        self.answeredOn = answeredOn
        self.outcome = outcome
        self.answer = answer
        self.recordedBy = recordedBy
        self.answeredBy = answeredBy
    }

    public var isPending: Bool { answeredOn == nil }

    /// Days left to answer on `today` (negative: overdue by that many days); nil once answered.
    public func daysLeft(on today: CalendarDate) -> Int? {
        isPending ? today.days(to: dueOn) : nil
    }

    /// Whether it was answered within the legal time; nil while pending.
    public var answeredInTime: Bool? { answeredOn.map { $0 <= dueOn } }

    /// The due date of a request received on `received` with `days` to answer.
    public static func due(received: CalendarDate, days: Int) -> CalendarDate {
        received.adding(days: days) ?? received
    }

    /// "3 días restantes" / "vencida hace 2 días" / "respondida a tiempo" / "respondida tarde".
    public func standing(on today: CalendarDate) -> LocalizedText {
        if let left = daysLeft(on: today) {
            if left >= 0 { return DataRightsText.daysLeft.text.filling(["n": .plain(String(left))]) }
            return DataRightsText.overdueBy.text.filling(["n": .plain(String(-left))])
        }
        return answeredInTime == true ? DataRightsText.answeredInTime.text : DataRightsText.answeredLate.text
    }
}

/// Opposition: what the person told the organization not to do with their data.
public struct DataOpposition: Sendable, Equatable, Codable {
    /// Do not send any referral with their data to a partner (the slip still prints for them).
    public var noShare: Bool
    /// Channels by which the person must not be contacted.
    public var noContact: Set<FollowUpChannel>

    public init(noShare: Bool = false, noContact: Set<FollowUpChannel> = []) {
        self.noShare = noShare
        self.noContact = noContact
    }

    public static let none = DataOpposition()

    /// The blocked channels in `FollowUpChannel` order.
    public var blockedChannels: [FollowUpChannel] { FollowUpChannel.allCases.filter { noContact.contains($0) } }

    /// "call,whatsapp": how the store keeps the channels.
    public var storedChannels: String { blockedChannels.map(\.rawValue).joined(separator: ",") }

    /// Reads `storedChannels`; nil when a word is not a channel.
    public static func channels(stored: String) -> Set<FollowUpChannel>? {
        var result = Set<FollowUpChannel>()
        for word in stored.split(separator: ",") {
            guard let channel = FollowUpChannel(rawValue: String(word)) else { return nil }
            result.insert(channel)
        }
        return result
    }

    /// Channels as typed by a person: raw values, "phone" for a call, both languages' words
    /// ("llamada", "teléfono", "visita"), comma separated; "none"/"ninguno" or "" is no channel.
    /// Returns the unknown word when one is not a channel.
    public static func parseChannels(_ typed: String) -> Result<Set<FollowUpChannel>, UnknownChannel> {
        var result = Set<FollowUpChannel>()
        for raw in typed.split(separator: ",") {
            let word = NameFolding.searchForm(String(raw)).replacingOccurrences(of: " ", with: "")
            switch word {
            case "", "none", "ninguno", "ninguna": continue
            case "call", "phone", "llamada", "telefono": result.insert(.call)
            case "whatsapp": result.insert(.whatsapp)
            case "sms", "text", "mensaje": result.insert(.sms)
            case "visit", "visita": result.insert(.visit)
            default: return .failure(UnknownChannel(word: String(raw).trimmingCharacters(in: .whitespaces)))
            }
        }
        return .success(result)
    }

    public struct UnknownChannel: Error, Equatable {
        public let word: String

        public init(word: String) { self.word = word }
    }
}

/// A legal hold: while set, the person's data may not be erased (a lawsuit, an authority's
/// order, an open proceeding).
public struct LegalHold: Sendable, Equatable, Codable {
    public let reason: String
    public let setAt: Date
    public let setBy: String?

    public init(reason: String, setAt: Date, setBy: String?) {
        self.reason = reason
        self.setAt = setAt
        self.setBy = setBy
    }
}

/// Identifiers of stored entities. The store decides their form (a UUID string, a row id
/// written as text...); the core only compares them for equality.
public typealias PersonID = String
public typealias CaseID = String
public typealias ReferralID = String
public typealias FollowUpID = String
public typealias NoteID = String
public typealias PartnerID = String
public typealias UserID = String
public typealias EventID = String

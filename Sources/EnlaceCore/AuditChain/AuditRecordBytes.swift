/// The canonical bytes of an audit row, hashed by the tamper-evident chain (`v20-audit-chain`).
///
/// A row is two parts:
/// - the **frame**: id, actor id, time, entity, entity id, action — who did what to which
///   record, when. An erasure never changes it (the update trigger forbids it).
/// - the **values**: from state, to state, reason, changed fields — what an erasure may empty.
///
/// Each field is written unambiguously, so no two different rows give the same bytes:
/// `0x00` for NULL; `0x01` then 8 bytes big-endian (two's complement) for an integer; `0x02`,
/// then the UTF-8 length as 4 bytes big-endian, then the UTF-8 bytes, for a text. Fields are
/// written in the order above and every part starts with its own label (`frameLabel`,
/// `valuesLabel`), so a frame can never be read as values.
///
/// The chain (computed by the store with SHA-256):
/// ```
/// digest = SHA256(salt(16 random bytes) || values)
/// hash   = SHA256(chainLabel || prev_hash(32) || frame || digest(32))
/// ```
/// The first row's `prev_hash` is 32 zero bytes (`genesis`). The per-row salt makes a digest
/// impossible to confirm by guessing: an erasure empties the values and sets the salt to NULL,
/// keeping the digest (so the hash still verifies) while the erased values can no longer be
/// tested against it.
public struct AuditRecordBytes: Sendable, Equatable {
    public var id: Int64
    public var actorId: Int64?
    public var at: Int64
    public var entity: String
    public var entityId: Int64?
    public var action: String
    public var fromState: String?
    public var toState: String?
    public var reason: String?
    public var changedFields: String?

    public init(id: Int64, actorId: Int64?, at: Int64, entity: String, entityId: Int64?, action: String,
                fromState: String?, toState: String?, reason: String?, changedFields: String?) {
        self.id = id
        self.actorId = actorId
        self.at = at
        self.entity = entity
        self.entityId = entityId
        self.action = action
        self.fromState = fromState
        self.toState = toState
        self.reason = reason
        self.changedFields = changedFields
    }

    public static let frameLabel = Array("enlace-audit-frame/1".utf8)
    public static let valuesLabel = Array("enlace-audit-values/1".utf8)
    public static let chainLabel = Array("enlace-audit-chain/1".utf8)
    /// The `prev_hash` of the first row.
    public static let genesis = [UInt8](repeating: 0, count: 32)
    public static let saltLength = 16
    public static let hashLength = 32

    public var frame: [UInt8] {
        var out = Self.frameLabel
        Self.append(id, to: &out)
        Self.append(actorId, to: &out)
        Self.append(at, to: &out)
        Self.append(entity, to: &out)
        Self.append(entityId, to: &out)
        Self.append(action, to: &out)
        return out
    }

    public var values: [UInt8] {
        var out = Self.valuesLabel
        Self.append(fromState, to: &out)
        Self.append(toState, to: &out)
        Self.append(reason, to: &out)
        Self.append(changedFields, to: &out)
        return out
    }

    /// What the digest hashes: the salt, then the values.
    public func digestInput(salt: [UInt8]) -> [UInt8] { salt + values }

    /// What the hash hashes: the label, the previous hash, the frame, the digest.
    public func hashInput(prevHash: [UInt8], digest: [UInt8]) -> [UInt8] {
        Self.chainLabel + prevHash + frame + digest
    }

    static func append(_ value: Int64?, to out: inout [UInt8]) {
        guard let value else { out.append(0); return }
        out.append(1)
        let bits = UInt64(bitPattern: value)
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    static func append(_ value: String?, to out: inout [UInt8]) {
        guard let value else { out.append(0); return }
        let bytes = Array(value.utf8)
        out.append(2)
        let n = UInt32(truncatingIfNeeded: bytes.count)
        for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: n >> UInt32(shift))) }
        out.append(contentsOf: bytes)
    }
}

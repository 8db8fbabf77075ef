/// The first place where the audit chain does not hold, and what kind of tampering it shows.
public struct AuditBreak: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The row's content, or its hash, changed after it was written (or its salt was removed
        /// without a later erasure naming it).
        case edited
        /// Rows are missing before this one: its previous hash names no row.
        case deleted
        /// A row written outside Enlace: no chain hash at all.
        case inserted
        /// The row follows another row than the one before it: moved, copied or inserted.
        case outOfOrder
        /// With a checkpoint: the checkpoint's row is there but its hash differs (the chain was
        /// written again from an earlier row).
        case rewritten
        /// With a checkpoint: the checkpoint's row is gone (the log was cut after it).
        case truncated
    }

    public let kind: Kind
    /// The row where the break shows.
    public let row: Int64
    /// `deleted`: the first and last missing ids when there is a gap. `outOfOrder`: the row it
    /// claims to follow (`from`) and the row before it (`to`). `truncated`: the last row left (`to`).
    public let from: Int64?
    public let to: Int64?

    public init(_ kind: Kind, row: Int64, from: Int64? = nil, to: Int64? = nil) {
        self.kind = kind
        self.row = row
        self.from = from
        self.to = to
    }

    public var text: LocalizedText {
        let values: [String: String] = ["row": String(row), "from": from.map(String.init) ?? "",
                                        "to": to.map(String.init) ?? ""]
        let entry: AuditChainText
        switch kind {
        case .edited: entry = .edited
        case .deleted: entry = from == nil ? .deletedBefore : .deletedRange
        case .inserted: entry = .inserted
        case .outOfOrder: entry = .outOfOrder
        case .rewritten: entry = .rewritten
        case .truncated: entry = to == nil ? .truncatedEmpty : .truncated
        }
        return LocalizedText(es: entry.text.format(.es, values), en: entry.text.format(.en, values))
    }
}

/// The words of the audit chain's verification, in Spanish and English.
public enum AuditChainText: String, MessageCatalog {
    case edited, deletedBefore, deletedRange, inserted, outOfOrder, rewritten, truncated, truncatedEmpty
    case intact, intactEmpty, checkpointHeld, checkpointLabel, checkpointShort, badCheckpoint

    /// `text` followed by " · control #12 9f3a…" (the message line after an export).
    public static func withCheckpoint(_ text: LocalizedText, _ point: AuditCheckpoint?) -> LocalizedText {
        guard let point else { return text }
        let tail = checkpointShort.text.filling(["checkpoint": .plain(point.short)])
        return LocalizedText(es: text.es + " · " + tail.es, en: text.en + " · " + tail.en)
    }

    public var text: LocalizedText {
        switch self {
        case .edited:
            return .init(es: "Fila #{row}: su contenido se cambió después de escribirse.",
                         en: "Row #{row}: its content was changed after it was written.")
        case .deletedBefore:
            return .init(es: "Fila #{row}: falta la fila que la precedía (se borró).",
                         en: "Row #{row}: the row before it is missing (it was deleted).")
        case .deletedRange:
            return .init(es: "Fila #{row}: faltan las filas #{from} a #{to} (se borraron).",
                         en: "Row #{row}: rows #{from} to #{to} are missing (they were deleted).")
        case .inserted:
            return .init(es: "Fila #{row}: se agregó fuera de Enlace (no está encadenada).",
                         en: "Row #{row}: it was added outside Enlace (it is not chained).")
        case .outOfOrder:
            return .init(es: "Fila #{row}: está fuera de orden o se insertó (dice seguir a la #{from}, pero la anterior es la #{to}).",
                         en: "Row #{row}: it is out of order or inserted (it says it follows #{from}, but the row before it is #{to}).")
        case .rewritten:
            return .init(es: "Fila #{row}: su código no es el del punto de control; el registro se reescribió.",
                         en: "Row #{row}: its hash is not the checkpoint's; the log was rewritten.")
        case .truncated:
            return .init(es: "Fila #{row}: la fila del punto de control ya no existe (la última es la #{to}); el registro se recortó.",
                         en: "Row #{row}: the checkpoint's row no longer exists (the last is #{to}); the log was cut.")
        case .truncatedEmpty:
            return .init(es: "Fila #{row}: la fila del punto de control ya no existe y el registro está vacío.",
                         en: "Row #{row}: the checkpoint's row no longer exists and the log is empty.")
        case .intact:
            return .init(es: "Registro de auditoría íntegro: {n} filas verificadas en {seconds} s.",
                         en: "Audit log intact: {n} rows verified in {seconds} s.")
        case .intactEmpty:
            return .init(es: "El registro de auditoría está vacío.", en: "The audit log is empty.")
        case .checkpointHeld:
            return .init(es: "Punto de control {checkpoint}: coincide.", en: "Checkpoint {checkpoint}: matches.")
        case .checkpointLabel:
            return .init(es: "Punto de control de la auditoría: {checkpoint}", en: "Audit checkpoint: {checkpoint}")
        case .badCheckpoint:
            return .init(es: "«{value}» no es un punto de control: escriba ID:CÓDIGO, por ejemplo 1234:9f3a1b2c (el código con 8 a 64 cifras hexadecimales).",
                         en: "\"{value}\" is not a checkpoint: write ID:HASH, for example 1234:9f3a1b2c (the hash with 8 to 64 hex digits).")
        case .checkpointShort:
            return .init(es: "control {checkpoint}", en: "checkpoint {checkpoint}")
        }
    }
}

import Foundation
import GRDB

/// A plain row the store reads, decoded by its `Decodable` conformance (GRDB's
/// `FetchableRecord`, the style of GRDB's demo app): `CodingKeys` name the columns, stored
/// enums decode as the Core enums themselves. The SQL stays hand-written where it earns it
/// (keyset windows, FTS5, the report count tables); only the reading of each row is declared.
///
/// Read through `decodeAll` / `decodeOne` / `decode(_:)`: a value the record cannot read (an
/// unknown status, a NULL where a value must be) is `StoreError.corruptValue` naming the table,
/// the column and the stored value, never a default and never a row silently left out.
protocol StoredRecord: FetchableRecord, Decodable {
    /// The table the record's enum-like columns come from, named in `corruptValue`.
    static var storedTable: String { get }
}

extension StoredRecord {
    /// Every row of `sql`, decoded (a cursor: rows are not copied before decoding).
    static func decodeAll(_ db: Database, sql: String,
                          arguments: StatementArguments = StatementArguments()) throws -> [Self] {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var records: [Self] = []
        while let row = try rows.next() { records.append(try decode(row)) }
        return records
    }

    /// The first row of `sql`, decoded; nil when there is none.
    static func decodeOne(_ db: Database, sql: String,
                          arguments: StatementArguments = StatementArguments()) throws -> Self? {
        guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments) else { return nil }
        return try decode(row)
    }

    /// `row` as this record, or `corruptValue` naming what could not be read.
    static func decode(_ row: Row) throws -> Self {
        do {
            return try Self(row: row)
        } catch {
            throw StoredValue.corrupt(error, row: row, table: storedTable)
        }
    }
}

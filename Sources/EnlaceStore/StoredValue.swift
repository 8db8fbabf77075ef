import Foundation
import GRDB

/// Reading enum-like columns: an unknown stored value is a clear error
/// (`StoreError.corruptValue`), never a silent default.
enum StoredValue {
    /// The value of `column` as `T`, or `.corruptValue` naming the table, column and value.
    static func decode<T: RawRepresentable>(_ type: T.Type, _ row: Row, _ column: String,
                                            table: String) throws -> T where T.RawValue == String {
        let raw: String? = row[column]
        guard let raw, let value = T(rawValue: raw) else {
            throw StoreError.corruptValue(table: table, column: column, value: raw ?? "NULL")
        }
        return value
    }

    /// As `decode`, for a nullable column: NULL is nil, an unknown value an error.
    static func decodeOptional<T: RawRepresentable>(_ type: T.Type, _ row: Row, _ column: String,
                                                    table: String) throws -> T? where T.RawValue == String {
        guard let raw: String = row[column] else { return nil }
        guard let value = T(rawValue: raw) else {
            throw StoreError.corruptValue(table: table, column: column, value: raw)
        }
        return value
    }

    /// A GRDB record decoding failure (a Codable record met a value it cannot read) as a
    /// `corruptValue` naming what it can.
    static func corrupt(_ error: RowDecodingError) -> StoreError {
        let text = String(describing: error)
        return .corruptValue(table: "?", column: "?", value: String(text.prefix(200)))
    }
}

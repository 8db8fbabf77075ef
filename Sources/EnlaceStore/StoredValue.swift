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

    /// A record decoding failure met while decoding `row` (read from `table`) as a
    /// `corruptValue` naming the column and the value stored there. The column comes from the
    /// error: a `DecodingError`'s coding path (the record's `CodingKeys` are column names) or a
    /// GRDB `RowDecodingError` (its context is not public: read from its description).
    static func corrupt(_ error: any Error, row: Row, table: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        guard let column = column(of: error), row.hasColumn(column) else {
            return wrapWithoutRow(error, table: table)
        }
        return .corruptValue(table: table, column: column, value: text(of: row[column] as DatabaseValue))
    }

    /// A GRDB record decoding failure met without its row at hand (`StoreError.wrap`): the
    /// column and value as the error describes them.
    static func corrupt(_ error: RowDecodingError) -> StoreError {
        let fields = describedFields(String(describing: error))
        return .corruptValue(table: "?", column: fields.column ?? "?",
                             value: fields.value ?? String(String(describing: error).prefix(120)))
    }

    /// A Swift `DecodingError` (a stored enum with an unknown raw value) met without its row.
    static func corrupt(_ error: DecodingError) -> StoreError {
        wrapWithoutRow(error, table: "?")
    }

    private static func wrapWithoutRow(_ error: any Error, table: String) -> StoreError {
        if let decoding = error as? RowDecodingError {
            let fields = describedFields(String(describing: decoding))
            return .corruptValue(table: table, column: fields.column ?? "?",
                                 value: fields.value ?? String(String(describing: decoding).prefix(120)))
        }
        if let decoding = error as? DecodingError, let context = decoding.context {
            // "Cannot initialize CaseStatus from invalid String value bogus"
            let value = context.debugDescription.range(of: " value ", options: .backwards)
                .map { String(context.debugDescription[$0.upperBound...]) }
            return .corruptValue(table: table, column: column(of: error) ?? "?",
                                 value: value ?? String(context.debugDescription.prefix(120)))
        }
        return .corruptValue(table: table, column: "?", value: String(String(describing: error).prefix(120)))
    }

    /// The column a decoding error is about, when it says.
    static func column(of error: any Error) -> String? {
        switch error {
        case let decoding as DecodingError:
            if case .keyNotFound(let key, _) = decoding { return key.stringValue }
            // The last key: a nested record read from the same row (`CaseCore`) names its column there.
            return decoding.context?.codingPath.last?.stringValue
        case let decoding as RowDecodingError:
            return describedFields(String(describing: decoding)).column
        default:
            return nil
        }
    }

    /// The column and value in GRDB's description of a `RowDecodingError`:
    /// `could not decode T from database value "x" - column: "status", column index: 5, ...`
    /// or `column not found: "status" - row: ...`.
    static func describedFields(_ text: String) -> (column: String?, value: String?) {
        func quoted(after marker: String) -> String? {
            guard let start = text.range(of: marker + "\"") else { return nil }
            let rest = text[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        let column = quoted(after: "column: ") ?? quoted(after: "column not found: ")
        var value = quoted(after: "from database value ")
        if value == nil, let range = text.range(of: "from database value ") {
            value = text[range.upperBound...].split(separator: " ").first.map(String.init)
        }
        return (column, value)
    }

    /// A stored value as a person reads it: the text itself, or NULL, or the number.
    static func text(of value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .blob(let data): return "<\(data.count) bytes>"
        }
    }
}

extension DecodingError {
    /// The context of any decoding error.
    var context: Context? {
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
             .keyNotFound(_, let context), .dataCorrupted(let context):
            return context
        @unknown default:
            return nil
        }
    }
}

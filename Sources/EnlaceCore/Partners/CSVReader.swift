/// Reads RFC 4180 CSV from bytes, keeping where each field starts: its line in the file and
/// its column (1 for the first field of a record). Pure: the caller reads the file.
///
/// Fields are split on the bytes `,` `"` CR LF (ASCII, so never inside a UTF-8 sequence),
/// then each field is decoded as UTF-8 on its own, so a bad byte is reported with the line and
/// column of the field holding it. A leading byte order mark is skipped; a record may end
/// with CRLF or LF; a quoted field may hold commas, quotes (doubled) and line breaks.
public enum CSVReader {
    /// Every record, or every problem found (at most `maximumProblems`). `separator`: the
    /// byte between fields (a comma; a semicolon or a tab in sheets saved by some spreadsheets).
    public static func read(_ bytes: [UInt8], separator: UInt8 = 0x2C) -> Result<[CSVRecord], CSVFailure> {
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []
        var fields: [CSVField] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var fieldLine = 1
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        func endField() {
            let column = fields.count + 1
            if let text = String(validating: field, as: UTF8.self) {
                fields.append(CSVField(text: text, line: fieldLine, column: column))
            } else {
                let bad = firstInvalidByte(field)
                problems.append(CSVProblem(line: fieldLine, column: column, kind: .invalidUTF8(byte: bad)))
                fields.append(CSVField(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: column))
            }
            field = []
            quoted = false
            afterQuote = false
        }
        func endRecord() {
            endField()
            // A blank line (one empty field) is no record.
            if !(fields.count == 1 && fields[0].text.isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
        }

        while i < bytes.count && problems.count < maximumProblems {
            let byte = bytes[i]
            i += 1
            if inQuotes {
                if byte == quote {
                    if i < bytes.count && bytes[i] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case separator:
                endField()
                fieldLine = line
            case lf, cr:
                if byte == cr && i < bytes.count && bytes[i] == lf { i += 1 }
                endRecord()
                line += 1
                recordLine = line
                fieldLine = line
            case quote where field.isEmpty && !quoted:
                quoted = true
                inQuotes = true
            default:
                if afterQuote || quoted {
                    problems.append(CSVProblem(line: line, column: fields.count + 1, kind: .textAfterClosingQuote))
                    afterQuote = false
                    quoted = false
                }
                field.append(byte)
            }
        }
        if inQuotes {
            problems.append(CSVProblem(line: fieldLine, column: fields.count + 1, kind: .unclosedQuote))
        } else if !field.isEmpty || !fields.isEmpty || quoted {
            endRecord()
        }
        return problems.isEmpty ? .success(records) : .failure(CSVFailure(problems: problems))
    }

    public static let maximumProblems = 50

    private static let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// The first byte that breaks UTF-8 in `bytes`.
    private static func firstInvalidByte(_ bytes: [UInt8]) -> UInt8 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return bytes.last ?? 0
            case .error:
                return bytes[min(offset, bytes.count - 1)]
            }
        }
    }
}

/// One field as read, with where it starts.
public struct CSVField: Sendable, Equatable {
    public let text: String
    /// 1-based line of the file.
    public let line: Int
    /// 1-based position of the field in its record.
    public let column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}

/// One record: its first line and its fields.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [CSVField]
}

/// What is wrong at a place in a CSV file.
public struct CSVProblem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case invalidUTF8(byte: UInt8)
        case unclosedQuote
        case textAfterClosingQuote
    }

    public let line: Int
    public let column: Int
    public let kind: Kind

    public init(line: Int, column: Int, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    public var message: LocalizedText {
        switch kind {
        case .invalidUTF8(let byte):
            return PartnerText.csvInvalidUTF8.text.filling(["byte": .plain(String(format: "0x%02X", byte))])
        case .unclosedQuote: return PartnerText.csvUnclosedQuote.text
        case .textAfterClosingQuote: return PartnerText.csvTextAfterQuote.text
        }
    }
}

public struct CSVFailure: Error, Sendable, Equatable {
    public let problems: [CSVProblem]
}

import Foundation

/// A sign-in sheet read and checked as a whole before any row is looked at: its encoding,
/// separator, header row and data rows. A file that cannot be a sheet (empty, binary, too
/// large, a quote never closed, a row with more or fewer cells than the header, a cell of
/// thousands of characters, the wrong separator) is refused with one problem and its line.
public struct ImportSheet: Sendable, Equatable {
    public let encoding: SheetBytes.Encoding
    public let separator: UInt8
    public let headers: [String]
    /// The data rows, each with its line in the file (the header is line 1 or later).
    public let rows: [CSVRecord]

    /// A sheet above this is refused before it is read: 100,000 rows of a sign-in sheet are
    /// about 10 MB.
    public static let maximumBytes = 32 * 1_048_576
    /// No cell of a sign-in sheet is longer (the longest person field takes 254).
    public static let maximumCell = 1_000

    /// The sheet in `bytes`, with `separator` or the guessed one.
    public static func read(_ bytes: [UInt8], separator: UInt8? = nil) -> Result<ImportSheet, SheetProblem> {
        if bytes.count > maximumBytes { return .failure(.tooLarge(bytes: bytes.count)) }
        let decoded: (utf8: [UInt8], encoding: SheetBytes.Encoding)
        switch SheetBytes.decode(bytes) {
        case .success(let value): decoded = value
        case .failure(.empty): return .failure(.empty)
        case .failure(.notText(let line)): return .failure(.notText(line: line))
        }
        let chosen = separator ?? SheetBytes.guessSeparator(decoded.utf8)
        let records: [CSVRecord]
        switch CSVReader.read(decoded.utf8, separator: chosen) {
        case .success(let value): records = value
        case .failure(let failure): return .failure(.csv(failure.problems[0]))
        }
        guard let header = records.first(where: { $0.fields.contains { !$0.text.trimmed.isEmpty } }) else {
            return .failure(.empty)
        }
        if header.fields.count == 1 {
            for other in [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09] where other != chosen
                && header.fields[0].text.utf8.contains(other) {
                return .failure(.wrongSeparator(line: header.line, found: other))
            }
        }
        let width = header.fields.count
        var rows: [CSVRecord] = []
        rows.reserveCapacity(records.count)
        for record in records where record.line > header.line {
            if record.fields.allSatisfy({ $0.text.trimmed.isEmpty }) { continue }
            if record.fields.count != width {
                return .failure(.ragged(line: record.line, cells: record.fields.count, expected: width))
            }
            for field in record.fields where field.text.utf8.count > maximumCell && field.text.count > maximumCell {
                return .failure(.cellTooLong(line: field.line, column: field.column, length: field.text.count))
            }
            rows.append(record)
        }
        return .success(ImportSheet(encoding: decoded.encoding, separator: chosen,
                                    headers: header.fields.map { $0.text.trimmed }, rows: rows))
    }

    /// The mapping's problem with this sheet: no column holds the name.
    public func check(_ mapping: ImportMapping) -> SheetProblem? {
        mapping.fields.count != headers.count || mapping.missingName ? .noName(line: 1) : nil
    }

    /// The values of `row` by field (blank cells left out; `.ignore` columns dropped).
    public func values(_ row: CSVRecord, _ mapping: ImportMapping) -> [ImportField: String] {
        var values: [ImportField: String] = [:]
        for (field, cell) in zip(mapping.fields, row.fields) where field != .ignore {
            let text = cell.text.trimmed
            if !text.isEmpty { values[field] = text }
        }
        return values
    }

    /// "Juan Carlos Pérez López": given names, first and second surname. Two words are a given
    /// name and a surname; three or more keep the last two as the surnames (the Mexican order).
    public static func splitFullName(_ text: String) -> (given: String, first: String, second: String) {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        switch words.count {
        case 0: return ("", "", "")
        case 1: return (words[0], "", "")
        case 2: return (words[0], words[1], "")
        default:
            return (words.dropLast(2).joined(separator: " "), words[words.count - 2], words[words.count - 1])
        }
    }

    /// A sheet's sex column: "F", "Mujer", "Femenino", "female" / "H", "Hombre", "Masculino",
    /// "male"; nil for anything else ("M" alone is Mujer or Masculino, so it is not guessed).
    public static func sex(_ text: String) -> SexGender? {
        switch NameFolding.searchForm(text) {
        case "f", "fem", "femenino", "mujer", "female", "woman", "w": return .female
        case "h", "masc", "masculino", "hombre", "male", "man": return .male
        case "no binario", "nobinario", "no binaria", "non binary", "nonbinary", "nb", "x": return .nonBinary
        case "otro", "otra", "other": return .other
        case "no dice", "no dijo", "prefiere no decir", "not stated", "prefer not to say": return .notStated
        default: return nil
        }
    }
}

/// Why a file is not a sign-in sheet Enlace can read. Each is one line with where it is.
public enum SheetProblem: Error, Sendable, Equatable {
    case empty
    case notText(line: Int)
    case tooLarge(bytes: Int)
    case csv(CSVProblem)
    case wrongSeparator(line: Int, found: UInt8)
    case ragged(line: Int, cells: Int, expected: Int)
    case cellTooLong(line: Int, column: Int, length: Int)
    case noName(line: Int)

    public var message: LocalizedText {
        switch self {
        case .empty: return ImportText.fileEmpty.text
        case .notText(let line): return ImportText.fileNotText.text.filling(["line": .plain(String(line))])
        case .tooLarge(let bytes):
            return ImportText.fileTooLarge.text.filling([
                "mb": .plain(String(bytes / 1_048_576)), "max": .plain(String(ImportSheet.maximumBytes / 1_048_576))])
        case .csv(let problem):
            return ImportText.atLineColumn.text.filling([
                "line": .plain(String(problem.line)), "column": .plain(String(problem.column)), "problem": problem.message])
        case .wrongSeparator(let line, let found):
            let name: LocalizedText = found == 0x09 ? ImportText.separatorTab.text
                : .plain(String(Character(Unicode.Scalar(found))))
            return ImportText.wrongSeparator.text.filling(["line": .plain(String(line)), "separator": name])
        case .ragged(let line, let cells, let expected):
            return ImportText.raggedRow.text.filling([
                "line": .plain(String(line)), "cells": .plain(String(cells)), "expected": .plain(String(expected))])
        case .cellTooLong(let line, let column, let length):
            return ImportText.cellTooLong.text.filling([
                "line": .plain(String(line)), "column": .plain(String(column)), "n": .plain(String(length)),
                "max": .plain(String(ImportSheet.maximumCell))])
        case .noName(let line): return ImportText.noName.text.filling(["line": .plain(String(line))])
        }
    }
}

extension String {
    fileprivate var trimmed: String {
        guard let first = first, let last = last else { return self }
        if !first.isWhitespace && !last.isWhitespace { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import TOMLKit

/// TOMLKit's parser (toml++) stops the program on an assertion when a table header starts
/// with a character no key can start with (`[[[`, `[#`, `[=`, `[ä]`, `[[` at the end of a
/// line): a broken config or theme file would crash Enlace instead of being named. Such a
/// line is refused here first, as the parser's own errors are.
enum SafeTOML {
    struct HeaderError: Error, CustomStringConvertible {
        let line: Int
        var description: String {
            "a table name in [ ] must start with a letter, a digit, _, - or a quote (line \(line))"
        }
    }

    static func table(_ source: String) throws -> TOMLTable {
        if let line = badHeaderLine(source) { throw HeaderError(line: line) }
        return try TOMLTable(string: source)
    }

    /// The first line (from 1) that opens a table header the parser cannot take, or nil.
    static func badHeaderLine(_ source: String) -> Int? {
        for (index, line) in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            guard rest.first == "[" else { continue }
            rest = rest.dropFirst()
            if rest.first == "[" { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let next = rest.first else { return index + 1 }
            if !((next.isASCII && (next.isLetter || next.isNumber)) || "_-\"']".contains(next)) { return index + 1 }
        }
        return nil
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Line-mode input and output, before or after the full-screen app.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((visible(text) + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((visible(text) + "\n").utf8))
    }

    /// The text with every control character (an escape sequence's ESC, a bell, a C1 code)
    /// and every bidirectional override shown as "?": a value echoed in a message cannot
    /// repaint, retitle or reorder the person's terminal. Tabs and line breaks stay.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? "?" : $0 }))
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" || scalar == "\r" { return false }
        return scalar.properties.generalCategory == .control
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    static var isInteractive: Bool { isatty(0) == 1 }

    /// Reads a line from standard input; nil at end of input.
    static func prompt(_ text: String) -> String? {
        FileHandle.standardOutput.write(Data(text.utf8))
        return readLine(strippingNewline: true)
    }

    /// Reads a password with echo off (termios); nil at end of input.
    static func password(_ text: String) -> String? {
        FileHandle.standardOutput.write(Data(text.utf8))
        var saved = termios()
        let isTTY = tcgetattr(0, &saved) == 0
        if isTTY {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSANOW, &quiet)
        }
        defer {
            if isTTY {
                tcsetattr(0, TCSANOW, &saved)
                FileHandle.standardOutput.write(Data("\n".utf8))
            }
        }
        return readLine(strippingNewline: true)
    }
}

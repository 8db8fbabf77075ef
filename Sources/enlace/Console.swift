import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Line-mode input and output, before or after the full-screen app.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
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

// The only file that talks to ncurses. It starts and restores the terminal, turns theme roles
// into attributes and colour pairs, flushes the screen buffer cell by cell (only what changed),
// reads keys through get_wch, and handles signals.
#if canImport(Glibc)
import Glibc
#endif
import CNcurses
import EnlaceCore

/// Why the terminal could not be used.
public enum TerminalError: Error, Sendable, Equatable {
    case unusableTerminal(term: String)

    public func message(_ language: Language) -> String {
        switch self {
        case .unusableTerminal(let term):
            return TerminalText.unusable.format(language, ["term": term.isEmpty ? "(vacío)" : term])
        }
    }
}

public enum TerminalText: String, MessageCatalog {
    case unusable

    public var text: LocalizedText {
        switch self {
        case .unusable:
            return .init(
                es: "Enlace necesita una terminal que pueda mover el cursor; TERM={term} no puede. Use, por ejemplo, TERM=xterm-256color.",
                en: "Enlace needs a terminal that can move the cursor; TERM={term} cannot. Use, for example, TERM=xterm-256color.")
        }
    }
}

/// One thing read from the keyboard.
public enum TerminalRead: Sendable, Equatable {
    case unit(InputDecoder.Unit)
    case resize(width: Int, height: Int)
    case timeout
    case endOfInput
    case signal(Int32)
}

// Set by the signal handlers; read by the loop. A plain global is what a C signal handler can
// touch; Swift's checker cannot see that only the handler writes it.
nonisolated(unsafe) private var pendingSignal: Int32 = 0

private let bracketedPasteOn = "\u{1B}[?2004h"
private let bracketedPasteOff = "\u{1B}[?2004l"

private func writeRaw(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(1, &bytes, bytes.count)
}

// The handlers that were in place before ours (Swift's backtracer, say), by signal number,
// allocated once before any handler is installed.
nonisolated(unsafe) private let previousFatalActions: UnsafeMutablePointer<sigaction> = {
    let p = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    p.initialize(repeating: sigaction(), count: 65)
    return p
}()

/// Fatal signals: put the terminal back, restore the handler that was there before ours, and
/// raise the signal again, so that the backtrace or core dump happens on a normal screen.
private func fatalSignalHandler(_ sig: Int32) {
    let off: [UInt8] = Array("\u{1B}[?2004l".utf8)
    _ = off.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count) }
    endwin()
    if sig > 0 && sig < 65 {
        sigaction(sig, previousFatalActions + Int(sig), nil)
    } else {
        signal(sig, SIG_DFL)
    }
    raise(sig)
}

private func flagSignalHandler(_ sig: Int32) {
    pendingSignal = sig
}

public final class NcursesBackend {
    public let colourCount: Int
    public let usesColour: Bool
    private var screen: OpaquePointer?
    private var pairs: [StyleRole: (attrs: attr_t, pair: Int16)] = [:]
    private var previous: ScreenBuffer?
    private var quickErrors = 0

    /// Starts the terminal. Install nothing on TERM=dumb or a terminal without cursor
    /// addressing: throws instead, so the caller prints a clear message and exits non-zero.
    public init(theme: Theme, noColour: Bool, environment: [String: String]) throws {
        let term = environment["TERM"] ?? ""
        setlocale(LC_ALL, "")
        if term.isEmpty || term == "dumb" { throw TerminalError.unusableTerminal(term: term) }
        Self.installSignalHandlers()
        guard let screen = newterm(nil, enlace_stdout(), enlace_stdin()) else {
            throw TerminalError.unusableTerminal(term: term)
        }
        self.screen = screen
        if enlace_has_cursor_addressing() == 0 {
            endwin()
            delscreen(screen)
            self.screen = nil
            throw TerminalError.unusableTerminal(term: term)
        }
        raw()
        noecho()
        nonl()
        keypad(enlace_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        var colours = 0
        if !noColour, has_colors() {
            start_color()
            use_default_colors()
            colours = Int(enlace_colors())
        }
        colourCount = colours
        usesColour = colours >= 8
        applyTheme(theme)
        writeRaw(bracketedPasteOn)
        fflush(enlace_stdout())
    }

    deinit { shutdown() }

    /// Restores the terminal: paste mode off, ncurses ended. Safe to call twice.
    public func shutdown() {
        guard let screen else { return }
        writeRaw(bracketedPasteOff)
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    public var size: (width: Int, height: Int) {
        (Int(enlace_cols()), Int(enlace_lines()))
    }

    /// Maps every role of the theme to attributes and a colour pair. Without colours, the
    /// mono theme's attributes are used, so focus, selection and errors still show.
    public func applyTheme(_ theme: Theme) {
        let effective = usesColour ? theme : ThemeLoader.mono
        pairs = [:]
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = effective.style(role)
            var attrs = enlace_A_NORMAL()
            if style.bold { attrs |= enlace_A_BOLD() }
            if style.reverse { attrs |= enlace_A_REVERSE() }
            if style.underline { attrs |= enlace_A_UNDERLINE() }
            if style.dim { attrs |= enlace_A_DIM() }
            var pair: Int16 = 0
            if usesColour, style.usesColour {
                pair = Int16(index + 1)
                init_pair(pair, colourNumber(style.foreground), colourNumber(style.background))
            }
            pairs[role] = (attrs, pair)
        }
        previous = nil
    }

    private func colourNumber(_ colour: ThemeColor?) -> Int16 {
        guard let colour else { return -1 }
        let fitted = colourCount >= 256 ? colour : colour.basic
        switch fitted {
        case .terminalDefault: return -1
        case .indexed(let n): return Int16(n)
        }
    }

    /// Draws the buffer: only cells that changed since the last flush, each at its own column.
    public func flush(_ buffer: ScreenBuffer) {
        let full = previous == nil || previous!.width != buffer.width || previous!.height != buffer.height
        if full { erase() }
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.width == 0 { continue }
                if !full, previous![x, y] == cell { continue }
                let look = pairs[cell.role] ?? (enlace_A_NORMAL(), 0)
                var wide: [wchar_t] = cell.grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                _ = enlace_put_cell(Int32(y), Int32(x), wide, look.attrs, look.pair)
            }
        }
        if let cursor = buffer.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
        previous = buffer
    }

    /// Forces the next flush to redraw every cell (after a resize or Ctrl-R).
    public func invalidate() {
        previous = nil
        clearok(enlace_stdscr(), true)
    }

    /// Waits up to `timeoutMilliseconds` for a key. A read that keeps failing at once, without
    /// waiting, means standard input is closed: reported as `.endOfInput`, never a busy loop.
    public func read(timeoutMilliseconds: Int32) -> TerminalRead {
        if pendingSignal != 0 { return .signal(pendingSignal) }
        wtimeout(enlace_stdscr(), timeoutMilliseconds)
        var ch: wint_t = 0
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let result = enlace_get_wch(&ch)
        if pendingSignal != 0 { return .signal(pendingSignal) }
        if result == KEY_CODE_YES {
            quickErrors = 0
            return keyCode(Int32(ch))
        }
        if result == OK {
            quickErrors = 0
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return .timeout }
            return .unit(.character(Character(scalar)))
        }
        // ERR: a timeout, or end of input when it came back without waiting.
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let elapsedMs = (end.tv_sec - start.tv_sec) * 1000 + (end.tv_nsec - start.tv_nsec) / 1_000_000
        if timeoutMilliseconds >= 100, elapsedMs < Int(timeoutMilliseconds) / 4 {
            quickErrors += 1
            if quickErrors >= 3 { return .endOfInput }
        } else {
            quickErrors = 0
        }
        return .timeout
    }

    private func keyCode(_ code: Int32) -> TerminalRead {
        switch code {
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        case KEY_UP: return .unit(.key(.up))
        case KEY_DOWN: return .unit(.key(.down))
        case KEY_LEFT: return .unit(.key(.left))
        case KEY_RIGHT: return .unit(.key(.right))
        case KEY_PPAGE: return .unit(.key(.pageUp))
        case KEY_NPAGE: return .unit(.key(.pageDown))
        case KEY_HOME: return .unit(.key(.home))
        case KEY_END, KEY_LL: return .unit(.key(.end))
        case KEY_BTAB: return .unit(.key(.backTab))
        case KEY_BACKSPACE: return .unit(.key(.backspace))
        case KEY_DC: return .unit(.key(.delete))
        case KEY_IC: return .unit(.key(.insert))
        case KEY_ENTER: return .unit(.key(.enter))
        default:
            for n in 1...12 where code == enlace_KEY_F(Int32(n)) {
                return .unit(.key(.function(n)))
            }
            return .timeout
        }
    }

    public static var receivedSignal: Int32 { pendingSignal }

    /// INT, TERM and HUP set a flag that the loop reads (no SA_RESTART, so a waiting read
    /// returns at once); fatal signals restore the terminal and re-raise.
    private static func installSignalHandlers() {
        // A parent may have started us with signals blocked (some launchers and test runners
        // do); the ones we rely on must get through.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&wanted, sig) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = flagSignalHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
        for sig in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = fatalSignalHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0   // the handler itself restores the previous one before re-raising
            sigaction(sig, &action, previousFatalActions + Int(sig))
        }
    }
}

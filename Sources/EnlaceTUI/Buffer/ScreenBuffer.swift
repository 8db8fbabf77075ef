/// One cell of the screen: a grapheme, the columns it takes, and its style role.
/// A wide grapheme occupies its cell and the next one, which holds an empty continuation.
public struct Cell: Sendable, Equatable {
    public var grapheme: String
    public var width: Int
    public var role: StyleRole

    public static let blank = Cell(grapheme: " ", width: 1, role: .normal)
    static func continuation(_ role: StyleRole) -> Cell { Cell(grapheme: "", width: 0, role: role) }
}

public struct Rect: Sendable, Equatable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
}

/// The in-memory screen that views draw into. Pure: no terminal, no database. Tests read it back
/// with `line(_:)` and `role(x:y:)`; the backend flushes it to ncurses.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (an input field being edited), if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y`, clipped to `maxWidth` columns (and to the
    /// buffer). A wide grapheme that would not fit whole is replaced by spaces.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in text {
            let w = TextWidth.columns(of: ch)
            if w == 0 {
                // A lone zero-width grapheme (a control character) is dropped; combining marks
                // are already part of their base character's grapheme.
                continue
            }
            if col + w > limit {
                while col < limit { setCell(col, y, Cell(grapheme: " ", width: 1, role: role)); col += 1 }
                break
            }
            if col >= 0 {
                setCell(col, y, Cell(grapheme: String(ch), width: w, role: role))
                if w == 2, col + 1 < width { setCell(col + 1, y, .continuation(role)) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills a rectangle with spaces of one role.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) {
                setCell(xx, yy, Cell(grapheme: " ", width: 1, role: role))
            }
        }
    }

    /// Changes the role of cells without changing their text (a selection bar).
    public mutating func paint(_ rect: Rect, role: StyleRole) {
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) {
                cells[yy * width + xx].role = role
            }
        }
    }

    /// Draws a single-line box around `rect`, with an optional title in the top edge.
    public mutating func box(_ rect: Rect, role: StyleRole, title: String? = nil, titleRole: StyleRole = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", x: left, y: top, role: role)
        put("└" + String(repeating: "─", count: rect.width - 2) + "┘", x: left, y: bottom, role: role)
        for yy in (top + 1)..<bottom {
            put("│", x: left, y: yy, role: role)
            put("│", x: right, y: yy, role: role)
        }
        if let title, rect.width > 6 {
            put(" " + TextWidth.truncate(title, to: rect.width - 6) + " ", x: left + 2, y: top, role: titleRole)
        }
    }

    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        // Overwriting half of a wide grapheme blanks the other half.
        if cells[i].width == 2, x + 1 < width, cells[i + 1].width == 0 {
            cells[i + 1] = Cell(grapheme: " ", width: 1, role: cells[i + 1].role)
        }
        if cells[i].width == 0, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = Cell(grapheme: " ", width: 1, role: cells[i - 1].role)
        }
        cells[i] = cell
    }

    /// The text of row `y` as a person would read it (continuation cells contribute nothing).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width { s += cells[y * width + x].grapheme }
        return s
    }

    /// All rows joined with newlines, trailing spaces trimmed: handy in test failure output.
    public var text: String {
        (0..<height).map { y in
            var l = line(y)
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    public func role(x: Int, y: Int) -> StyleRole { self[x, y].role }

    /// The first (x, y) where `needle` appears, scanning rows top to bottom.
    public func find(_ needle: String) -> (x: Int, y: Int)? {
        for y in 0..<height {
            let l = line(y)
            if let r = l.range(of: needle) {
                // Convert the character offset to a column.
                let prefix = l[l.startIndex..<r.lowerBound]
                return (TextWidth.columns(of: prefix), y)
            }
        }
        return nil
    }

    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }
}

/// The in-memory screen every view draws into. The terminal backend diffs two grids and sends
/// only the changed cells, and tests read `text` and cell roles instead of a real terminal.
///
/// Writes outside the grid or outside `clip` are dropped, so a view can draw without checking
/// bounds; a wide character that would straddle the clip edge is replaced by a space.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Drawing is confined to this rectangle (the whole grid unless narrowed by `clipped`).
    public var clip: Rect

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
        clip = Rect(x: 0, y: 0, width: self.width, height: self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { bounds.contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set {
            guard clip.contains(x: x, y: y), bounds.contains(x: x, y: y) else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Runs `body` with drawing confined to `rect` (intersected with the current clip).
    public mutating func clipped(to rect: Rect, _ body: (inout CellGrid) -> Void) {
        let saved = clip
        clip = clip.intersection(rect)
        body(&self)
        clip = saved
    }

    /// Draws `text` from (x, y) on one line, at most `maxWidth` columns, and returns the
    /// number of columns used. Control characters are shown as spaces.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, x: Int, y: Int, role: ColorRole = .normal, style: CellStyle = [],
        maxWidth: Int = Int.max
    ) -> Int {
        var column = x
        let limit = maxWidth == Int.max ? Int.max : x + max(0, maxWidth)
        for character in text {
            let columns = character.terminalWidth
            if columns == 0 {
                if character.isNewline || character.asciiValue.map({ $0 < 0x20 }) == true {
                    if column >= limit { break }
                    self[column, y] = Cell(" ", role: role, style: style)
                    column += 1
                }
                continue
            }
            if column + columns > limit { break }
            if columns == 2 {
                if clip.contains(x: column, y: y) && clip.contains(x: column + 1, y: y) {
                    self[column, y] = Cell(character, role: role, style: style)
                    self[column + 1, y] = Cell(" ", role: role, style: style, isContinuation: true)
                } else {
                    self[column, y] = Cell(" ", role: role, style: style)
                    self[column + 1, y] = Cell(" ", role: role, style: style)
                }
            } else {
                self[column, y] = Cell(character, role: role, style: style)
            }
            column += columns
        }
        return column - x
    }

    /// Fills a rectangle with one cell (a background for a pane or overlay).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { self[x, y] = cell }
        }
    }

    /// Sets the role and adds `style` to every cell of a rectangle, keeping the characters
    /// (used to highlight a selected row).
    public mutating func paint(_ rect: Rect, role: ColorRole, style: CellStyle = []) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                var cell = self[x, y]
                cell.role = role
                cell.style.formUnion(style)
                self[x, y] = cell
            }
        }
    }

    public mutating func horizontalLine(
        x: Int, y: Int, length: Int, role: ColorRole = .border, character: Character = "─"
    ) {
        guard length > 0 else { return }
        for column in x..<(x + length) { self[column, y] = Cell(character, role: role) }
    }

    public mutating func verticalLine(
        x: Int, y: Int, length: Int, role: ColorRole = .border, character: Character = "│"
    ) {
        guard length > 0 else { return }
        for row in y..<(y + length) { self[x, row] = Cell(character, role: role) }
    }

    /// Draws a single-line box on the edge of `rect` with an optional title in the top edge.
    public mutating func box(
        _ rect: Rect, role: ColorRole = .border, title: String? = nil, titleRole: ColorRole = .title
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        horizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, role: role)
        horizontalLine(x: rect.x + 1, y: bottom, length: rect.width - 2, role: role)
        verticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, role: role)
        verticalLine(x: right, y: rect.y + 1, length: rect.height - 2, role: role)
        self[rect.x, rect.y] = Cell("┌", role: role)
        self[right, rect.y] = Cell("┐", role: role)
        self[rect.x, bottom] = Cell("└", role: role)
        self[right, bottom] = Cell("┘", role: role)
        if let title, rect.width > 4 {
            put(" \(title) ", x: rect.x + 1, y: rect.y, role: titleRole, maxWidth: rect.width - 2)
        }
    }

    /// One row as text; continuation cells are skipped so wide characters read naturally.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if !cell.isContinuation { line.append(cell.character) }
        }
        return line
    }

    /// The whole grid as text, one line per row with trailing spaces removed (for tests).
    public var text: String {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The first position where `needle` appears on one row, or nil (for tests and mouse hits).
    public func find(_ needle: String) -> (x: Int, y: Int)? {
        for y in 0..<height {
            let line = Array(row(y))
            let target = Array(needle)
            guard target.count <= line.count, !target.isEmpty else { continue }
            for start in 0...(line.count - target.count) where Array(line[start..<(start + target.count)]) == target {
                // convert the character index back into a column
                let prefixWidth = String(line[0..<start]).terminalWidth
                return (prefixWidth, y)
            }
        }
        return nil
    }
}

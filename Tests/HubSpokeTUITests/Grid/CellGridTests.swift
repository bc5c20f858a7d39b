import Testing

@testable import HubSpokeTUI

@Suite struct CellGridTests {
    @Test func putWritesTextWithRoleAndClipsAtMaxWidth() {
        var grid = CellGrid(width: 10, height: 2)
        let used = grid.put("vnet-hub-long", x: 2, y: 1, role: .hub, style: .bold, maxWidth: 5)
        #expect(used == 5)
        #expect(grid.row(1) == "  vnet-   ")
        #expect(grid[2, 1].role == .hub)
        #expect(grid[2, 1].style == .bold)
        #expect(grid[7, 1].role == .normal)
    }

    @Test func writesOutsideTheGridAreDropped() {
        var grid = CellGrid(width: 4, height: 1)
        grid.put("abcdef", x: -2, y: 0)
        grid.put("zz", x: 0, y: 5)
        #expect(grid.text == "cdef")
    }

    @Test func wideCharactersTakeTwoCellsAndAreNotSplitAtTheEdge() {
        var grid = CellGrid(width: 5, height: 1)
        let used = grid.put("日本x", x: 0, y: 0)
        #expect(used == 5)
        #expect(grid[1, 0].isContinuation)
        #expect(grid.row(0) == "日本x")
        var edge = CellGrid(width: 3, height: 1)
        edge.put("a日", x: 1, y: 0, maxWidth: 2)
        #expect(edge.row(0) == " a ")
        var clipped = CellGrid(width: 3, height: 1)
        clipped.clipped(to: Rect(x: 0, y: 0, width: 2, height: 1)) { $0.put("a日", x: 1, y: 0) }
        #expect(clipped.row(0) == "   " || clipped.row(0) == " a ")
        #expect(!clipped[2, 0].isContinuation)
    }

    @Test func clippingConfinesDrawing() {
        var grid = CellGrid(width: 6, height: 3)
        grid.clipped(to: Rect(x: 1, y: 1, width: 3, height: 1)) { inner in
            inner.fill(inner.bounds, with: Cell("#"))
        }
        #expect(grid.text == "\n ###\n")
        #expect(grid.clip == grid.bounds)
    }

    @Test func boxDrawsCornersEdgesAndTitle() {
        var grid = CellGrid(width: 12, height: 3)
        grid.box(Rect(x: 0, y: 0, width: 12, height: 3), role: .borderFocused, title: "Topo")
        #expect(grid.text == "┌ Topo ────┐\n│          │\n└──────────┘")
        #expect(grid[0, 0].role == .borderFocused)
        #expect(grid[2, 0].role == .title)
    }

    @Test func paintKeepsCharactersAndChangesRole() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("hello", x: 0, y: 0)
        grid.paint(Rect(x: 1, y: 0, width: 2, height: 1), role: .selection, style: .reverse)
        #expect(grid.text == "hello")
        #expect(grid[1, 0].role == .selection)
        #expect(grid[1, 0].style.contains(.reverse))
        #expect(grid[3, 0].role == .normal)
    }

    @Test func findReportsColumnsAfterWideCharacters() {
        var grid = CellGrid(width: 10, height: 2)
        grid.put("日x", x: 0, y: 1)
        let position = grid.find("x")
        #expect(position?.x == 2)
        #expect(position?.y == 1)
        #expect(grid.find("missing") == nil)
    }

    @Test(arguments: [
        ("a", 1), ("日", 2), ("✖", 1), ("😀", 2), ("\u{0007}", 0), ("é", 1),
    ])
    func characterWidths(character: String, width: Int) {
        #expect(Character(character).terminalWidth == width)
    }
}

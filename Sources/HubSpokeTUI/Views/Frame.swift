/// One rendered screen: the cells and where the text cursor goes (nil: hidden).
public struct Frame: Sendable {
    public var grid: CellGrid
    public var cursorX: Int?
    public var cursorY: Int?

    public var cursor: (x: Int, y: Int)? {
        guard let cursorX, let cursorY else { return nil }
        return (cursorX, cursorY)
    }
}

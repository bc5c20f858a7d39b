/// Text attributes a terminal can show without colour. Monochrome themes and `NO_COLOR`
/// rely on them alone, so every meaning the UI conveys must survive with only these.
public struct CellStyle: OptionSet, Hashable, Sendable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = CellStyle(rawValue: 1 << 0)
    public static let underline = CellStyle(rawValue: 1 << 1)
    public static let reverse = CellStyle(rawValue: 1 << 2)
    public static let dim = CellStyle(rawValue: 1 << 3)
}

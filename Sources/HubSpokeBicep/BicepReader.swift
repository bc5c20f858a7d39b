import HubSpokeCore

/// Reads Bicep into a design. (Placeholder until the mapper lands: every call throws.)
public enum BicepReader {
    /// Reads `path` (following local modules), with parameter overrides from `--param k=v`
    /// and an optional `.bicepparam` file.
    public static func read(
        fileAt path: String, parameters: [String: String] = [:], parametersFile: String? = nil
    ) throws -> DesignDocument {
        throw BicepReadError(message: "\(path): reading Bicep is not available in this build")
    }
}

/// A Bicep file that cannot be read as a design; the message names file:line:column.
public struct BicepReadError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

import HubSpokeCore

/// File access the runner needs, injected so HubSpokeTUI stays free of file formats (the
/// executable implements it with the design file reader/writer and atomic saves).
public protocol DesignStorage: Sendable {
    /// The design in the file, or nil when the file does not exist yet (a new design, as in vim).
    func load(path: String) throws -> Design?
    /// Saves atomically (temporary file, fsync, rename).
    func save(_ design: Design, path: String) throws
    /// Writes the recovery file of `path` (unsaved changes, like vim's swap file).
    func writeRecovery(_ design: Design, for path: String) throws
    /// The design in the recovery file of `path`, if there is one.
    func readRecovery(for path: String) -> Design?
    func removeRecovery(for path: String)
}

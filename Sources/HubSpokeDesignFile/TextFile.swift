import Foundation

/// Reading input files with messages that say what is wrong: missing, a directory, unreadable.
public enum TextFile {
    public static func readBytes(path: String) throws(DesignFileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DesignFileError(file: path, message: "no such file")
        }
        if isDirectory.boolValue {
            throw DesignFileError(
                file: path, message: "is a directory; expected a design file (.hubspoke.json or .bicep)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DesignFileError(file: path, message: "cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }

    /// Reads UTF-8 text, refusing binary content and files with nothing but white space.
    public static func readText(path: String) throws(DesignFileError) -> String {
        let bytes = try readBytes(path: path)
        if let nul = bytes.firstIndex(of: 0) {
            throw DesignFileError(file: path, message: "not a text file (a NUL byte at offset \(nul))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DesignFileError(file: path, message: "not UTF-8 text")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DesignFileError(file: path, message: "the file is empty")
        }
        return text
    }
}

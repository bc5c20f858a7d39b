import Foundation

/// Saves without ever leaving a half-written file: write a temporary file in the same folder,
/// fsync it, rename it over the target (atomic on POSIX), then fsync the folder so the rename
/// itself survives a crash.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(DesignFileError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            throw DesignFileError(file: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        var bytes = Array(text.utf8)
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temp, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temp)
            throw DesignFileError(file: path, message: "cannot write: \(String(cString: strerror(failure)))")
        }
        let dirfd = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }
}

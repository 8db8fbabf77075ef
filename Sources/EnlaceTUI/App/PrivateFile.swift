import Foundation

/// A file only its owner can read (a referral slip, an export): created with mode 0600, never
/// wider even for a moment, replacing an older file of the same name. Symbolic links are
/// refused, so nobody can point the name at another file.
public enum PrivateFile {
    public struct Failure: Error { public let path: String; public let errno: Int32 }

    public static func write(_ text: String, to url: URL) throws {
        let path = url.path
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Failure(path: path, errno: errno) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(path: path, errno: errno) }
            written += n
        }
    }
}

import ArgumentParser
import Foundation

// Exit codes are part of the interface (README, `--help`): 0 clean, 1 findings at or above the
// threshold, 2 unreadable input or misuse, 3 a reachability answer that depends on something
// outside the design. swift-argument-parser uses 64 for misuse, so usage errors are mapped to 2.
do {
    var command = try Hubspoke.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = Hubspoke.exitCode(for: error)
    if code == .success {
        Hubspoke.exit(withError: error)
    }
    FileHandle.standardError.write(Data((Hubspoke.fullMessage(for: error) + "\n").utf8))
    Foundation.exit(2)
}

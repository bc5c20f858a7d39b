import ArgumentParser
import Foundation
import HubSpokeBicep
import HubSpokeCore
import HubSpokeDesignFile

/// Turns a path into a `DesignDocument`, choosing the reader by file extension. Every command
/// that takes a design goes through here, so a new input format is one new branch.
enum DesignLoader {
    struct Options {
        /// `--param name=value` overrides, Bicep only.
        var parameters: [String: String] = [:]
        /// `--params main.bicepparam`, Bicep only.
        var parametersFile: String?
    }

    static func isBicep(_ path: String) -> Bool { path.asciiLowercased.hasSuffix(".bicep") }

    /// Loads the design or throws a one-line message that names the file and, where it can,
    /// the line and column.
    static func load(_ path: String, options: Options = Options()) throws(LoadError) -> DesignDocument {
        if isBicep(path) {
            do {
                return try BicepReader.read(
                    fileAt: path, parameters: options.parameters, parametersFile: options.parametersFile)
            } catch {
                throw LoadError(message: "\(error)")
            }
        }
        do {
            return try DesignFile.readDocument(path: path)
        } catch {
            throw LoadError(message: error.description)
        }
    }

    /// What every command does with its `FILE` argument: load it (with `--param` / `--params`
    /// where the command has them), or print the reason on standard error and exit 2.
    static func loadOrExit(
        _ path: String, parameters pairs: [String] = [], parametersFile: String? = nil
    ) throws -> DesignDocument {
        do {
            return try load(path, options: Options(parameters: try parameters(pairs), parametersFile: parametersFile))
        } catch {
            FileHandle.standardError.write(Data("hubspoke: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Parses repeated `--param name=value` options.
    static func parameters(_ pairs: [String]) throws(LoadError) -> [String: String] {
        var out: [String: String] = [:]
        for pair in pairs {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw LoadError(message: "--param \(pair): expected name=value")
            }
            out[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
        }
        return out
    }
}

struct LoadError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

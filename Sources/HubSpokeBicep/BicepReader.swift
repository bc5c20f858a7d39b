import Foundation
import HubSpokeCore
import HubSpokeDesignFile

/// Reads Bicep into a design: parse, evaluate offline (following local modules), then map the
/// evaluated resources to the model (see `DesignMapper`).
public enum BicepReader {
    /// Reads `path` (following local modules), with parameter overrides from `--param k=v`
    /// and an optional `.bicepparam` file. `--param` wins over the parameters file.
    public static func read(
        fileAt path: String, parameters: [String: String] = [:], parametersFile: String? = nil
    ) throws -> DesignDocument {
        try importFile(at: path, parameters: parameters, parametersFile: parametersFile).document
    }

    /// Reads Bicep text; `loader` supplies local module files by resolved path.
    public static func read(
        text: String, file: String, parameters: [String: BicepValue] = [:],
        loader: BicepEvaluator.FileLoader? = nil
    ) throws -> DesignDocument {
        try importText(text, file: file, parameters: parameters, loader: loader).document
    }

    /// As `read(fileAt:...)`, with the properties the model does not hold (for `import`).
    public static func importFile(
        at path: String, parameters: [String: String] = [:], parametersFile: String? = nil
    ) throws -> BicepImport {
        let text = try readText(path)
        var overrides: [String: BicepValue] = [:]
        if let parametersFile {
            do {
                overrides = try BicepParameterFile.parse(readText(parametersFile), file: parametersFile).values
            } catch let error as BicepSyntaxError {
                throw BicepReadError(message: error.description)
            }
        }
        for (name, value) in parameters { overrides[name] = .string(value) }
        return try importText(text, file: path, parameters: overrides, loader: BicepFileLoader.disk)
    }

    /// As `read(text:...)`, with the properties the model does not hold.
    public static func importText(
        _ text: String, file: String, parameters: [String: BicepValue] = [:],
        loader: BicepEvaluator.FileLoader? = nil
    ) throws -> BicepImport {
        let document: BicepDocument
        do {
            document = try BicepDocument.parse(text, file: file)
        } catch {
            throw BicepReadError(message: error.description)
        }
        let template = BicepEvaluator(fileLoader: loader).evaluate(document, parameters: parameters)
        var documents = [file: document]
        for resource in template.resources where documents[resource.file] == nil {
            if let loader, let moduleText = try? loader(resource.file),
                let parsed = try? BicepDocument.parse(moduleText, file: resource.file)
            {
                documents[resource.file] = parsed
            }
        }
        var mapper = DesignMapper(template: template, documents: documents)
        return mapper.map()
    }

    /// Reads a Bicep or `.bicepparam` file with the same messages for missing, directory,
    /// binary and empty files as design files get.
    static func readText(_ path: String) throws(BicepReadError) -> String {
        do {
            return try TextFile.readText(path: path)
        } catch {
            throw BicepReadError(message: error.description)
        }
    }
}

/// A Bicep file that cannot be read as a design; the message names file:line:column.
public struct BicepReadError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

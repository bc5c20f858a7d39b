/// The reader's phases one at a time (lex, parse, evaluate, map), so `hubspoke-bench` can
/// say where the time of an import goes. Package-only: the product's API is `BicepReader`.
package enum BicepReaderPhases {
    /// Lexes only; returns the number of tokens.
    package static func lex(_ bytes: [UInt8], file: String) throws(BicepSyntaxError) -> Int {
        try BicepLexer.tokenize(bytes, file: file).tokens.count
    }

    /// Maps an evaluated template of `document` to a design, as `BicepReader` does after evaluating.
    package static func map(_ template: EvaluatedTemplate, document: BicepDocument) -> BicepImport {
        var mapper = DesignMapper(template: template, documents: [document.file: document])
        return mapper.map()
    }
}

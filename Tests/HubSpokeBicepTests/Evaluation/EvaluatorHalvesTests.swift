import Testing

@testable import HubSpokeBicep

/// Large single files are evaluated as two halves on two threads
/// (`BicepEvaluator+Halves.swift`); the template must be exactly the one-thread template, and
/// files where the order of evaluation could show must go to the one-thread path.
@Suite("Evaluating large files in two halves")
struct EvaluatorHalvesTests {
    static func parse(_ text: String) throws -> BicepDocument { try BicepDocument.parse(text, file: "big.bicep") }

    /// Whether the two-thread path takes the file (a Bool, so a failure prints no template).
    static func usesHalves(_ document: BicepDocument) -> Bool {
        BicepEvaluator().evaluateInHalves(document, parameters: [:]) != nil
    }

    /// The first field where two templates differ, nil when they are equal. (Comparing whole
    /// templates in `#expect` would print both thousand-resource values on failure.)
    static func firstDifference(_ a: EvaluatedTemplate, _ b: EvaluatedTemplate) -> String? {
        if a.resources.count != b.resources.count {
            return "resource count \(a.resources.count) vs \(b.resources.count)"
        }
        if let index = a.resources.indices.first(where: { a.resources[$0] != b.resources[$0] }) {
            return "resource \(index) (\(a.resources[index].reference.symbolicName))"
        }
        if a.notes != b.notes { return "notes \(a.notes.map(\.message)) vs \(b.notes.map(\.message))" }
        if a.parameters != b.parameters { return "parameters" }
        if a.variables != b.variables { return "variables" }
        if a.outputs != b.outputs { return "outputs" }
        if a.modules != b.modules { return "modules" }
        if a.targetScope != b.targetScope || a.file != b.file { return "scope or file" }
        return nil
    }

    /// `count` NSGs. Some reach across the halves (the first to the last and back through
    /// `dependsOn`-free references), some use a variable whose evaluation fails, one only
    /// from the second half and from an output, so its note is first met by the second thread.
    static func source(count: Int, cycle: Bool = false) -> String {
        var text = """
            param location string = resourceGroup().location
            var badEverywhere = cidrSubnet('10.0.0.0/33', 24, 0)
            var badLate = cidrHost('10.1.0.0/40', 4)

            """
        for i in 0..<count {
            var tags = ["index: '\(i)'"]
            if i % 97 == 5 { tags.append("bad: badEverywhere") }
            if i > count / 2, i % 101 == 7 { tags.append("late: badLate") }
            if i % 113 == 3 { tags.append("missing: notDeclared\(i % 2)") }
            if i == 1 { tags.append("last: nsg\(count - 1).id") }
            if i == count - 2 { tags.append("first: nsg0.properties.securityRules[0].name") }
            if cycle, i == 0 { tags.append("loop: nsg\(count - 1).properties.securityRules[0].name") }
            if cycle, i == count - 1 { tags.append("loop: nsg0.properties.securityRules[0].name") }
            text += """
                resource nsg\(i) 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
                  name: 'nsg-\(i)'
                  location: location
                  tags: {
                    \(tags.joined(separator: "\n    "))
                  }
                  properties: {
                    securityRules: [
                      {
                        name: 'rule-\(i)'
                        properties: {
                          priority: \(100 + i % 3000)
                          direction: 'Inbound'
                          access: 'Allow'
                          protocol: 'Tcp'
                          sourceAddressPrefix: cidrSubnet('10.0.0.0/8', 24, \(i))
                          sourcePortRange: '*'
                          destinationAddressPrefix: '*'
                          destinationPortRange: '443'
                        }
                      }
                    ]
                  }
                }

                """
        }
        text += "output late string = badLate\noutput lastId string = nsg\(count - 1).id\n"
        return text
    }

    @Test func benchmarkFileGivesTheOneThreadTemplate() throws {
        let document = try Self.parse(BicepBenchmarkSource.generate(vnets: 200))
        let halves = try #require(BicepEvaluator().evaluateInHalves(document, parameters: [:]))
        let one = BicepEvaluator().evaluateOnOneThread(document, parameters: [:])
        #expect(one.resources.count >= 1000)
        #expect(Self.firstDifference(halves, one) == nil)
    }

    @Test func notesAcrossTheHalvesKeepTheOneThreadOrder() throws {
        let document = try Self.parse(Self.source(count: 500))
        let overrides: [String: BicepValue] = ["location": .string("westeurope"), "notDeclared": .string("x")]
        let halves = try #require(BicepEvaluator().evaluateInHalves(document, parameters: overrides))
        let one = BicepEvaluator().evaluateOnOneThread(document, parameters: overrides)
        #expect(Self.firstDifference(halves, one) == nil)
        // The file does produce the notes the test is about, in both halves.
        let kinds = one.notes.map(\.kind)
        #expect(kinds.first == .parameterOverrideIgnored)
        #expect(kinds.filter { $0 == .evaluationError }.count == 2)
        #expect(kinds.filter { $0 == .undefinedSymbol }.count >= 4)
        let lateNote = try #require(one.notes.firstIndex { $0.location.line == 3 })
        let lastUndefined = try #require(one.notes.lastIndex { $0.kind == .undefinedSymbol })
        #expect(lateNote < lastUndefined)
        #expect(one.resources.first?.body["tags"]?["last"] == halves.resources.first?.body["tags"]?["last"])
    }

    @Test func referenceCycleAcrossTheHalvesGoesToOneThread() throws {
        let document = try Self.parse(Self.source(count: 450, cycle: true))
        #expect(Self.usesHalves(document) == false)
        let template = BicepEvaluator().evaluate(document)
        #expect(template.notes.contains { $0.kind == .referenceCycle })
        let one = BicepEvaluator().evaluateOnOneThread(document, parameters: [:])
        #expect(Self.firstDifference(template, one) == nil)
    }

    @Test func smallFileAndFileWithModulesStayOnOneThread() throws {
        #expect(Self.usesHalves(try Self.parse(Self.source(count: 20))) == false)
        let withModule = Self.source(count: 450) + "module m './m.bicep' = {\n  name: 'm'\n}\n"
        #expect(Self.usesHalves(try Self.parse(withModule)) == false)
    }

    /// Two halves that each stay within the work budget but together exceed it: the
    /// one-thread evaluation runs out, so the halves must not be used.
    @Test func workOverTheSharedBudgetGoesToOneThread() throws {
        var text = Self.source(count: 450)
        text += "var early = [for j in range(0, 3): [for i in range(0, 100000): i]]\n"
        text = text.replacingOccurrences(of: "index: '1'\n", with: "index: '1'\n    early: length(early)\n")
        text = text.replacingOccurrences(of: "index: '449'\n", with: "index: '449'\n    late: length(later)\n")
        text += "var later = [for j in range(0, 3): [for i in range(0, 100000): i]]\n"
        let document = try Self.parse(text)
        #expect(Self.usesHalves(document) == false)
        let template = BicepEvaluator().evaluate(document)
        #expect(template.notes.contains { $0.message.contains("too many loop iterations") })
        let one = BicepEvaluator().evaluateOnOneThread(document, parameters: [:])
        #expect(Self.firstDifference(template, one) == nil)
    }
}

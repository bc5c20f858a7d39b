import Testing

@testable import HubSpokeTUI

@Suite struct PaletteCommandParserTests {
    @Test(arguments: [
        (
            "add vnet vnet-spoke4 10.4.0.0/16",
            PaletteCommand.addVirtualNetwork(name: "vnet-spoke4", prefix: "10.4.0.0/16", region: nil)
        ),
        (
            "add vnet v 10.4.0.0/16 \"West Europe\"",
            PaletteCommand.addVirtualNetwork(name: "v", prefix: "10.4.0.0/16", region: "West Europe")
        ),
        (
            "add subnet vnet-hub snet-a 10.0.5.0/24",
            .addSubnet(virtualNetwork: "vnet-hub", name: "snet-a", prefix: "10.0.5.0/24")
        ),
        ("peer vnet-hub vnet-spoke4", .peer("vnet-hub", "vnet-spoke4")),
        (
            "set vnet-hub/virtualNetworkPeerings/hub-to-spoke1 allowGatewayTransit true",
            .set(path: "vnet-hub/virtualNetworkPeerings/hub-to-spoke1", field: "allowGatewayTransit", value: "true")
        ),
        ("del vnet-spoke1/subnets/snet-app", .delete(path: "vnet-spoke1/subnets/snet-app")),
        ("w", .write(file: nil)), ("w /tmp/x.hubspoke.json", .write(file: "/tmp/x.hubspoke.json")),
        ("wq", .writeQuit(file: nil)), ("e a.hubspoke.json", .edit(file: "a.hubspoke.json")),
        ("q", .quit(force: false)), ("q!", .quit(force: true)), ("undo", .undo), ("redo", .redo),
        ("theme light", .theme("light")), ("goto vnet-hub", .goto(path: "vnet-hub")), ("  help  ", .help),
    ])
    func parsesEveryDocumentedForm(text: String, expected: PaletteCommand) throws {
        #expect(try PaletteCommandParser.parse(text) == expected)
    }

    @Test(arguments: [
        ("add vnet onlyname", "usage: :add vnet NAME PREFIX [REGION]"),
        ("add subnet v s", "usage: :add subnet VNET NAME PREFIX"),
        ("add widget x", "cannot add 'widget'"),
        ("peer a", "usage: :peer VNET_A VNET_B"),
        ("peer a A", "cannot be peered with itself"),
        ("set path field", "usage: :set PATH FIELD VALUE"),
        ("del", "usage: :del PATH"),
        ("e", "usage: :e FILE"),
        ("frobnicate", "unknown command 'frobnicate'"),
        ("", "type a command"),
    ])
    func errorsShowTheUsage(text: String, message: String) {
        #expect {
            _ = try PaletteCommandParser.parse(text)
        } throws: { error in
            (error as? PaletteError)?.message.contains(message) == true
        }
    }

    @Test func tokenizeKeepsQuotedWords() {
        #expect(PaletteCommandParser.tokenize("a \"b c\"  d") == ["a", "b c", "d"])
        #expect(PaletteCommandParser.tokenize("a \"\"") == ["a", ""])
    }
}

@Suite struct PaletteCompletionTests {
    let context = CompletionContext(
        virtualNetworks: ["vnet-hub", "vnet-spoke1", "vnet-spoke2"],
        paths: ["vnet-hub", "vnet-hub/virtualNetworkPeerings/hub-to-spoke1", "vnet-spoke1"],
        fields: { _ in ["allowVirtualNetworkAccess", "allowGatewayTransit", "useRemoteGateways"] },
        values: { _, _ in ["true", "false"] })

    @Test(arguments: [
        ("pe", "peer "), ("peer vnet-h", "peer vnet-hub "), ("peer vnet-s", "peer vnet-spoke"),
        ("add s", "add subnet "), ("add subnet vnet-sp", "add subnet vnet-spoke"),
        ("set vnet-hub/v", "set vnet-hub/virtualNetworkPeerings/hub-to-spoke1 "),
        (
            "set vnet-hub/virtualNetworkPeerings/hub-to-spoke1 allowG",
            "set vnet-hub/virtualNetworkPeerings/hub-to-spoke1 allowGatewayTransit "
        ),
        ("set x useRemoteGateways t", "set x useRemoteGateways true "),
        ("theme hi", "theme high-contrast "), ("zzz", "zzz"),
    ])
    func completesTheLastWord(input: String, expected: String) {
        #expect(PaletteCompletion.complete(input, context: context) == expected)
    }

    @Test func candidatesListTheChoices() {
        #expect(
            PaletteCompletion.candidates(for: "peer vnet-hub ", context: context) == ["vnet-spoke1", "vnet-spoke2"])
        #expect(PaletteCompletion.candidates(for: "", context: context).contains("goto"))
    }
}

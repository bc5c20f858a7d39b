import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct SecurityCommandTests {
    @Test func parsesTheNSGCommands() throws {
        #expect(try PaletteCommandParser.parse("add nsg nsg-web") == .addSecurityGroup(name: "nsg-web"))
        let command = try PaletteCommandParser.parse("add rule nsg-web AllowRdp 300 in allow tcp * * 3389")
        #expect(
            command
                == .addSecurityRule(
                    SecurityRuleSpec(
                        securityGroup: "nsg-web", name: "AllowRdp", priority: "300", direction: "in",
                        access: "allow", protocol: "tcp", source: "*", destination: "*", ports: "3389")))
        #expect(
            try PaletteCommandParser.parse("attach nsg-web vnet-hub/subnets/snet-app")
                == .attach(resource: "nsg-web", path: "vnet-hub/subnets/snet-app"))
        #expect(try PaletteCommandParser.parse("detach rt-app nic-1") == .detach(resource: "rt-app", path: "nic-1"))
    }

    @Test(arguments: [
        ("add nsg", "usage: :add nsg NAME"),
        ("add rule nsg-web AllowRdp 300 in allow tcp * *", "usage: :add rule NSG NAME PRIORITY in|out"),
        ("attach nsg-web", "usage: :attach NSG_OR_ROUTETABLE PATH"),
        ("detach a b c", "usage: :detach NSG_OR_ROUTETABLE PATH"),
    ])
    func refusesWrongArgumentCounts(text: String, expected: String) {
        #expect(throws: PaletteError.self) { try PaletteCommandParser.parse(text) }
        do {
            _ = try PaletteCommandParser.parse(text)
        } catch {
            #expect(error.message.hasPrefix(expected), "\(error.message)")
        }
    }

    @Test func addNSGUsesTheDeploymentDefaultRegionAndSelectsIt() {
        var state = securityState()
        command(&state, "add nsg nsg-web")
        let nsg = state.design.networkSecurityGroups.last
        #expect(nsg?.name == "nsg-web")
        #expect(nsg?.placement.location == nil)
        #expect(state.selectedPath == "nsg-web")
        #expect(state.message?.text.contains("added nsg nsg-web") == true)
        command(&state, "add nsg NSG-WEB")
        #expect(state.message?.kind == .error)
        #expect(state.message?.text == "a resource named NSG-WEB already exists")
        #expect(state.design.networkSecurityGroups.count == 2)
    }

    @Test func addRuleNormalisesWordsAndSelectsTheRuleInTheEditor() throws {
        var state = securityState()
        command(&state, "add rule nsg-app AllowRdp 300 in allow TCP * 10.0.1.0/24,10.0.2.0/24 3389,22")
        let added = try #require(rule(state, "AllowRdp"))
        #expect(added.priority == 300)
        #expect(added.direction == "Inbound")
        #expect(added.access == "Allow")
        #expect(added.protocol == "Tcp")
        #expect(added.sourceAddressPrefix == "*")
        #expect(added.sourcePortRange == "*")
        #expect(added.destinationAddressPrefix == nil)
        #expect(added.destinationAddressPrefixes == ["10.0.1.0/24", "10.0.2.0/24"])
        #expect(added.destinationPortRanges == ["3389", "22"])
        #expect(state.selectedPath == "nsg-app")
        #expect(state.inspectorSelection == 1)
        #expect(state.undoStack.count == 1)
        command(&state, "add rule nsg-app DenyAll 4096 out deny * VirtualNetwork Internet *")
        let outbound = try #require(rule(state, "DenyAll"))
        #expect(outbound.direction == "Outbound")
        #expect(outbound.protocol == "*")
        #expect(outbound.destinationPortRange == "*")
    }

    @Test(arguments: [
        ("add rule nsg-app R2 300 in deny tcp * * 22", "already has inbound rule AllowRdp at priority 300"),
        ("add rule nsg-app R2 99 in deny tcp * * 22", "priority 99 is outside 100-4096"),
        ("add rule nsg-app R2 4097 in deny tcp * * 22", "priority 4097 is outside 100-4096"),
        ("add rule nsg-app R2 abc in deny tcp * * 22", "priority 'abc' is not a whole number"),
        ("add rule nsg-app R2 310 sideways deny tcp * * 22", "direction 'sideways' is not in or out"),
        ("add rule nsg-app R2 310 in maybe tcp * * 22", "access 'maybe' is not allow or deny"),
        ("add rule nsg-app R2 310 in deny gre * * 22", "protocol 'gre' is not one of Tcp, Udp, Icmp, Esp, Ah, *"),
        ("add rule nsg-app R2 310 in deny tcp 10.0.0.1/16 * 22", "source: '10.0.0.1/16' has host bits set"),
        ("add rule nsg-app R2 310 in deny tcp * 300.1.1.1 22", "destination: '300.1.1.1' is not a valid IP address"),
        ("add rule nsg-app R2 310 in deny tcp * * 70000", "ports:"),
        ("add rule nsg-app AllowRdp 310 in deny tcp * * 22", "nsg-app already has a rule named AllowRdp"),
        ("add rule nsg-none R2 310 in deny tcp * * 22", "no network security group named nsg-none"),
    ])
    func addRuleRefusals(text: String, expected: String) {
        var state = securityState()
        command(&state, "add rule nsg-app AllowRdp 300 in allow tcp * * 3389")
        let before = state.design
        command(&state, text)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains(expected) == true, "\(state.message?.text ?? "")")
        #expect(state.design == before)
    }

    @Test func samePriorityInTheOtherDirectionIsAccepted() {
        var state = securityState()
        command(&state, "add rule nsg-app In1 300 in allow tcp * * 443")
        command(&state, "add rule nsg-app Out1 300 out allow tcp * * 443")
        #expect(state.message?.kind == .info)
        #expect(state.design.networkSecurityGroups[0].securityRules.count == 2)
    }

    @Test func attachAndDetachAnNSGOnSubnetsAndNICs() {
        var state = securityState()
        command(&state, "attach nsg-app vnet-hub/subnets/snet-app")
        #expect(state.design.virtualNetworks[0].subnets[0].networkSecurityGroup == "nsg-app")
        #expect(state.message?.text == "attached nsg-app to vnet-hub/subnets/snet-app")
        command(&state, "attach NSG-APP nic-vm1")
        #expect(state.design.networkInterfaces[0].networkSecurityGroup == "nsg-app")
        #expect(
            Attachment.associations(ofSecurityGroup: 0, in: state.design) == ["vnet-hub/subnets/snet-app", "nic-vm1"])
        command(&state, "detach nsg-app nic-vm1")
        #expect(state.design.networkInterfaces[0].networkSecurityGroup == nil)
        command(&state, "detach nsg-app nic-vm1")
        #expect(state.message?.kind == .error)
        #expect(state.message?.text == "nsg-app is not attached to nic-vm1")
        command(&state, "undo")
        #expect(state.design.networkInterfaces[0].networkSecurityGroup == "nsg-app")
    }

    @Test func attachReplacesAndSaysSo() {
        var state = securityState()
        command(&state, "add nsg nsg-old")
        command(&state, "attach nsg-old vnet-spoke/subnets/snet-web")
        command(&state, "attach nsg-app vnet-spoke/subnets/snet-web")
        #expect(state.design.virtualNetworks[1].subnets[0].networkSecurityGroup == "nsg-app")
        #expect(state.message?.text.hasSuffix("replacing nsg-old") == true)
        command(&state, "detach nsg-old vnet-spoke/subnets/snet-web")
        #expect(state.message?.text == "nsg-old is not attached to vnet-spoke/subnets/snet-web (it has nsg-app)")
    }

    @Test func routeTablesAttachToSubnetsOnly() {
        var state = securityState()
        command(&state, "attach rt-app vnet-hub/subnets/snet-app")
        #expect(state.design.virtualNetworks[0].subnets[0].routeTable == "rt-app")
        command(&state, "detach rt-app vnet-hub/subnets/snet-app")
        #expect(state.design.virtualNetworks[0].subnets[0].routeTable == nil)
        let before = state.design
        command(&state, "attach rt-app nic-vm1")
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("Azure applies routes to subnets") == true)
        #expect(state.design == before)
    }

    @Test(arguments: [
        ("attach nsg-app vnet-hub/subnets/nope", "nothing at vnet-hub/subnets/nope"),
        ("attach nsg-app vnet-hub", "cannot attach to a virtual network"),
        ("attach vnet-hub vnet-hub/subnets/snet-app", "vnet-hub is a virtual network, not an NSG or a route table"),
        ("attach nsg-x vnet-hub/subnets/snet-app", "no network security group or route table named nsg-x"),
    ])
    func attachRefusals(text: String, expected: String) {
        var state = securityState()
        command(&state, text)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.hasPrefix(expected) == true, "\(state.message?.text ?? "")")
        #expect(state.undoStack.isEmpty)
    }

    @Test func completionOffersNSGsProtocolsTagsPortsAndTargets() {
        let context = Reducer.completionContext(securityState())
        #expect(PaletteCompletion.candidates(for: "add ", context: context).contains("nsg"))
        #expect(PaletteCompletion.complete("add ru", context: context) == "add rule ")
        #expect(PaletteCompletion.complete("add rule ns", context: context) == "add rule nsg-app ")
        #expect(PaletteCompletion.candidates(for: "add rule nsg-app R 300 ", context: context) == ["in", "out"])
        #expect(PaletteCompletion.candidates(for: "add rule nsg-app R 300 in ", context: context) == ["allow", "deny"])
        #expect(
            PaletteCompletion.candidates(for: "add rule nsg-app R 300 in allow ", context: context)
                == ["Tcp", "Udp", "Icmp", "Esp", "Ah", "*"])
        #expect(
            PaletteCompletion.complete("add rule nsg-app R 300 in allow tcp Inter", context: context).hasSuffix(
                " Internet "))
        #expect(
            PaletteCompletion.candidates(for: "add rule nsg-app R 300 in allow tcp * Virtual", context: context)
                == ["VirtualNetwork"])
        let ports = PaletteCompletion.candidates(for: "add rule nsg-app R 300 in allow tcp * * ", context: context)
        #expect(ports.prefix(6) == ["22", "3389", "443", "80", "1433", "53"])
        #expect(PaletteCompletion.candidates(for: "attach ", context: context) == ["nsg-app", "rt-app"])
        #expect(
            PaletteCompletion.candidates(for: "attach nsg-app ", context: context)
                == ["vnet-hub/subnets/snet-app", "vnet-spoke/subnets/snet-web", "nic-vm1"])
        #expect(PaletteCompletion.complete("detach nsg-app nic", context: context) == "detach nsg-app nic-vm1 ")
    }

    @Test func helpListsTheNSGCommandsAndKeys() {
        let keys = KeyBinding.all.map(\.keys)
        #expect(keys.contains(":add nsg NAME"))
        #expect(keys.contains(":add rule NSG NAME PRIORITY in|out allow|deny PROTOCOL SOURCE DEST PORTS"))
        #expect(keys.contains(":attach NSG_OR_ROUTETABLE PATH"))
        #expect(keys.contains(":detach NSG_OR_ROUTETABLE PATH"))
        let editor = KeyBinding.matching("NSG editor").map(\.keys)
        #expect(["a", "Enter h/l", "Space", "d", "c", "J / K", "w", "t / x"].allSatisfy(editor.contains))
        #expect(KeyBinding.matching("which rule decides").count == 1)
    }
}

extension SecurityCommandTests {
    @Test func setCompletesNSGNamesForTheSubnetField() {
        let context = Reducer.completionContext(securityState())
        #expect(
            PaletteCompletion.complete("set vnet-hub/subnets/snet-app networkSecurityGroup n", context: context)
                == "set vnet-hub/subnets/snet-app networkSecurityGroup nsg-app ")
        #expect(PaletteCompletion.candidates(for: "set nic-vm1 nsg ", context: context) == ["nsg-app"])
        #expect(
            PaletteCompletion.candidates(for: "set vnet-hub/subnets/snet-app routeTable ", context: context).isEmpty)
    }
}

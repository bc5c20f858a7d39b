import Testing

@testable import HubSpokeCore

@Suite struct OverlapSweepTests {
    private func items(_ texts: [String]) -> [OverlapSweep.Item<String>] {
        texts.map { OverlapSweep.Item(prefix: AddressPrefix($0)!, owner: $0) }
    }

    private func pairs(_ texts: [String]) -> Set<[String]> {
        Set(OverlapSweep.overlappingPairs(items(texts)).map { [$0.0.owner, $0.1.owner].sorted() })
    }

    @Test func disjointPrefixesGiveNoPairs() {
        #expect(pairs(["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/24", "192.168.0.0/16"]).isEmpty)
    }

    @Test func findsNestedPartialAndEqualOverlaps() {
        let found = pairs(["10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "172.16.0.0/12", "10.200.0.0/16"])
        #expect(
            found == [
                ["10.0.0.0/8", "10.1.0.0/16"], ["10.0.0.0/8", "10.1.2.0/24"], ["10.1.0.0/16", "10.1.2.0/24"],
                ["10.0.0.0/8", "10.200.0.0/16"],
            ])
    }

    @Test func aPrefixClosedEarlierDoesNotPair() {
        // 10.0.0.0/24 ends before 10.0.1.0/24 starts: it must leave the open set.
        #expect(
            pairs(["10.0.0.0/24", "10.0.1.0/24", "10.0.0.0/23"]) == [
                ["10.0.0.0/23", "10.0.0.0/24"], ["10.0.0.0/23", "10.0.1.0/24"],
            ])
    }

    @Test func duplicatesPairOnce() {
        let list = OverlapSweep.overlappingPairs(items(["10.0.0.0/16", "10.0.0.0/16"]))
        #expect(list.count == 1)
    }

    @Test func familiesAreSweptApart() {
        #expect(pairs(["0.0.0.0/0", "::/0", "fd00::/8"]) == [["::/0", "fd00::/8"]])
    }

    @Test func includeFiltersPairs() {
        let tagged = [
            OverlapSweep.Item(prefix: AddressPrefix("10.0.0.0/16")!, owner: "a"),
            OverlapSweep.Item(prefix: AddressPrefix("10.0.1.0/24")!, owner: "a"),
            OverlapSweep.Item(prefix: AddressPrefix("10.0.2.0/24")!, owner: "b"),
        ]
        let found = OverlapSweep.overlappingPairs(tagged) { $0.owner != $1.owner }
        #expect(found.count == 1)
        #expect(found.first?.0.prefix.description == "10.0.0.0/16")
        #expect(found.first?.1.owner == "b")
    }

    @Test func orderIsDeterministic() {
        let input = items(["10.0.0.0/8", "10.3.0.0/16", "10.1.0.0/16", "10.2.0.0/16"])
        let first = OverlapSweep.overlappingPairs(input).map { "\($0.0.owner)|\($0.1.owner)" }
        let second = OverlapSweep.overlappingPairs(input).map { "\($0.0.owner)|\($0.1.owner)" }
        #expect(first == second)
        #expect(first == ["10.0.0.0/8|10.1.0.0/16", "10.0.0.0/8|10.2.0.0/16", "10.0.0.0/8|10.3.0.0/16"])
    }

    @Test func matchesAllPairsOnARandomPlan() {
        var generator = SystemRandomNumberGenerator()
        var texts: [String] = []
        for _ in 0..<200 {
            let length = Int.random(in: 12...28, using: &generator)
            let raw = UInt32.random(in: 0...UInt32.max, using: &generator) & 0x0AFF_FFFF | 0x0A00_0000
            let prefix = AddressPrefix(containing: IPAddress(v4: raw), length: length)
            texts.append(prefix.description)
        }
        let swept = OverlapSweep.overlappingPairs(
            items(texts).enumerated().map { OverlapSweep.Item(prefix: $0.element.prefix, owner: "\($0.offset)") })
        var brute = 0
        let parsed = texts.map { AddressPrefix($0)! }
        for i in parsed.indices {
            for j in parsed.indices where j > i && parsed[i].overlaps(parsed[j]) { brute += 1 }
        }
        #expect(swept.count == brute)
    }
}

import HubSpokeCore
import Testing

@Suite struct PortRangeTests {
    @Test(arguments: [
        ("*", 0, 65535), ("443", 443, 443), ("0", 0, 0), ("65535", 65535, 65535), ("8000-8080", 8000, 8080),
        ("22-22", 22, 22),
    ])
    func parsesValuesAzureAccepts(_ text: String, _ lower: Int, _ upper: Int) throws {
        let range = try PortRange.parse(text).get()
        #expect(range.lower == lower)
        #expect(range.upper == upper)
    }

    @Test(arguments: [
        ("", PortRange.ParseError.empty), ("65536", .outOfRange(65536)),
        ("8080-8000", .reversed(lower: 8080, upper: 8000)),
        ("22,3389", .list("22,3389")), ("22 23", .list("22 23")), ("http", .notANumber("http")),
        ("-1", .notANumber("-1")), ("1-2-3", .notANumber("1-2-3")), ("80-", .notANumber("80-")),
        ("**", .notANumber("**")),
    ])
    func rejectsMalformedValuesWithTheReason(_ text: String, _ error: PortRange.ParseError) {
        #expect(PortRange.parse(text) == .failure(error))
    }

    @Test func reversedRangeSuggestsTheFix() {
        #expect(PortRange.ParseError.reversed(lower: 8080, upper: 8000).description.contains("write 8000-8080"))
    }

    @Test func describesAsAzureWritesIt() {
        #expect(PortRange.all.description == "*")
        #expect(PortRange(port: 22)?.description == "22")
        #expect(PortRange(lower: 80, upper: 90)?.description == "80-90")
        #expect(PortRange(lower: 90, upper: 80) == nil)
    }

    @Test func containmentAndOverlap() throws {
        let web = try #require(PortRange("8000-8080"))
        #expect(web.contains(8000) && web.contains(8080) && !web.contains(8081))
        #expect(PortRange.all.contains(web))
        #expect(!web.contains(PortRange.all))
        #expect(web.overlaps(try #require(PortRange("8080-9000"))))
        #expect(!web.overlaps(try #require(PortRange("8081-9000"))))
    }
}

@Suite struct PortSetTests {
    @Test func mergesAdjacentAndOverlappingRanges() throws {
        let set = try #require(PortSet(parsing: ["25", "22", "23-24", "100-200", "150-300"]))
        #expect(set.ranges == [PortRange(lower: 22, upper: 25)!, PortRange(lower: 100, upper: 300)!])
        #expect(set.description == "22-25, 100-300")
    }

    @Test func supersetAcrossSeveralValues() throws {
        let outer = try #require(PortSet(parsing: ["22", "23-25"]))
        #expect(outer.isSuperset(of: try #require(PortSet(parsing: ["22-24"]))))
        #expect(!outer.isSuperset(of: try #require(PortSet(parsing: ["22-26"]))))
        #expect(PortSet.all.isSuperset(of: outer))
        #expect(!outer.isSuperset(of: .all))
        #expect(outer.isSuperset(of: .empty))
    }

    @Test func noValuesMeansEveryPortAndABadValueFailsTheSet() {
        #expect(PortSet(parsing: [])?.isAll == true)
        #expect(PortSet(parsing: ["22", "x"]) == nil)
    }
}

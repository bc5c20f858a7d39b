/// The route table of every subnet as an array lookup, inverted from the index's
/// `subnetsByRouteTable`, so rules that walk all subnets do not resolve a name per subnet.
/// One flat array with a start offset per VNet keeps it to two allocations.
struct SubnetRouteTables {
    private var starts: [Int]
    private var tables: [Int]

    init(_ index: DesignIndex) {
        var starts: [Int] = []
        starts.reserveCapacity(index.subnetPrefixes.count)
        var total = 0
        for subnets in index.subnetPrefixes {
            starts.append(total)
            total += subnets.count
        }
        var tables = Array(repeating: -1, count: total)
        for (t, refs) in index.subnetsByRouteTable {
            for ref in refs { tables[starts[ref.vnet] + ref.subnet] = t }
        }
        self.starts = starts
        self.tables = tables
    }

    /// Index into `design.routeTables` of the table associated with the subnet, if it resolves.
    func table(of ref: DesignIndex.SubnetRef) -> Int? { table(vnet: ref.vnet, subnet: ref.subnet) }

    func table(vnet: Int, subnet: Int) -> Int? {
        let t = tables[starts[vnet] + subnet]
        return t < 0 ? nil : t
    }

    /// True for subnets that hold workloads rather than a platform service (GatewaySubnet,
    /// AzureFirewallSubnet, AzureBastionSubnet, ...). Checks the first letter before the
    /// enum lookup, which keeps walks over thousands of `snet-*` subnets cheap.
    static func isWorkloadSubnet(_ subnet: Subnet) -> Bool {
        guard let first = subnet.name.utf8.first,
            first == UInt8(ascii: "G") || first == UInt8(ascii: "A") || first == UInt8(ascii: "R")
        else { return true }
        return subnet.reservedName == nil
    }
}

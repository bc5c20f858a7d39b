/// The route table of every subnet as an array lookup, inverted from the index's
/// `subnetsByRouteTable`, so rules that walk all subnets do not resolve a name per subnet.
struct SubnetRouteTables {
    private var tables: [[Int?]]

    init(_ index: DesignIndex) {
        tables = index.subnetPrefixes.map { Array(repeating: nil, count: $0.count) }
        for (t, refs) in index.subnetsByRouteTable {
            for ref in refs { tables[ref.vnet][ref.subnet] = t }
        }
    }

    /// Index into `design.routeTables` of the table associated with the subnet, if it resolves.
    func table(of ref: DesignIndex.SubnetRef) -> Int? { tables[ref.vnet][ref.subnet] }

    func table(vnet: Int, subnet: Int) -> Int? { tables[vnet][subnet] }

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

/// The route table and NSG of every subnet as design indices, in flat arrays: SEC-006 and
/// SEC-009 look them up for every subnet, and resolving the subnets' reference strings again (or
/// hashing 10,000 subnet keys) would cost more than the checks themselves.
struct SubnetAssociations {
    /// Position of each VNet's first subnet in the flat arrays.
    private let offsets: [Int]
    private let routeTables: [Int]
    private let securityGroups: [Int]

    init(_ index: DesignIndex) {
        var offsets: [Int] = []
        offsets.reserveCapacity(index.design.virtualNetworks.count)
        var count = 0
        for vnet in index.design.virtualNetworks {
            offsets.append(count)
            count += vnet.subnets.count
        }
        var routeTables = [Int](repeating: -1, count: count)
        var securityGroups = [Int](repeating: -1, count: count)
        for (r, refs) in index.subnetsByRouteTable {
            for ref in refs { routeTables[offsets[ref.vnet] + ref.subnet] = r }
        }
        for (n, refs) in index.subnetsByNSG {
            for ref in refs { securityGroups[offsets[ref.vnet] + ref.subnet] = n }
        }
        self.offsets = offsets
        self.routeTables = routeTables
        self.securityGroups = securityGroups
    }

    /// Index of the subnet's route table in `design.routeTables`, nil without one (or dangling).
    func routeTable(vnet: Int, subnet: Int) -> Int? {
        let r = routeTables[offsets[vnet] + subnet]
        return r < 0 ? nil : r
    }

    /// Index of the subnet's NSG in `design.networkSecurityGroups`, nil without one (or dangling).
    func securityGroup(vnet: Int, subnet: Int) -> Int? {
        let n = securityGroups[offsets[vnet] + subnet]
        return n < 0 ? nil : n
    }
}

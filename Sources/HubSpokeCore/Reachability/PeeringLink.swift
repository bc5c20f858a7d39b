/// The two halves of a peering between two VNets of the design, as the routing and NSG
/// semantics need them: a peering carries traffic only when it is Connected, that is when both
/// halves exist (PEER-003); one half alone stays Initiated and carries nothing.
struct PeeringLink: Hashable, Sendable {
    /// The VNet the packet is in (or whose view the question is asked from).
    var local: Int
    /// The local half, `local/virtualNetworkPeerings/...`.
    var localPeering: Int
    var remote: Int
    /// The remote half pointing back, when the design has one.
    var remotePeering: Int?
    /// True when the remote VNet is declared `existing`: its half cannot be seen offline.
    var remoteIsOutsideDesign: Bool

    var isConnected: Bool { remotePeering != nil }

    /// The link from `local` to `remote` when `local` has a half pointing at `remote`.
    init?(from local: Int, to remote: Int, in index: DesignIndex) {
        guard let half = index.peering(from: local, to: remote) else { return nil }
        self.local = local
        self.localPeering = half
        self.remote = remote
        self.remotePeering = index.peering(from: remote, to: local)
        self.remoteIsOutsideDesign = index.design.virtualNetworks[remote].isExisting
    }

    func localHalf(_ index: DesignIndex) -> VirtualNetworkPeering {
        index.design.virtualNetworks[local].virtualNetworkPeerings[localPeering]
    }

    func remoteHalf(_ index: DesignIndex) -> VirtualNetworkPeering? {
        remotePeering.map { index.design.virtualNetworks[remote].virtualNetworkPeerings[$0] }
    }

    func localPath(_ index: DesignIndex) -> String { index.peeringPath(vnet: local, peering: localPeering) }

    func remotePath(_ index: DesignIndex) -> String? {
        remotePeering.map { index.peeringPath(vnet: remote, peering: $0) }
    }
}

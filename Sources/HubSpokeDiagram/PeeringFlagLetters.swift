import HubSpokeCore

extension VirtualNetworkPeering {
    /// The four peering flags as one-letter markers that read without colour: `A` access,
    /// `F` forwarded traffic, `G` gateway transit, `R` use remote gateways; `-` when off.
    /// The TUI and every picture format label peering halves with these letters.
    public var flagLetters: String {
        [
            allowVirtualNetworkAccess ? "A" : "-", allowForwardedTraffic ? "F" : "-",
            allowGatewayTransit ? "G" : "-", useRemoteGateways ? "R" : "-",
        ].joined()
    }

    /// What each letter of ``flagLetters`` stands for, in order (the pictures' legend).
    public static let flagLetterMeanings = [
        ("A", "access"), ("F", "forwarded"), ("G", "gateway transit"), ("R", "use remote gateways"),
    ]
}

/// The SEC- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let securityPostureRules: [any Rule] = [
        InternetRDPAllowed(),
        InternetSSHAllowed(),
        InternetAnyAnyAllowed(),
        PublicIPWithoutSecurityGroup(),
        InternetManagementPortsAllowed(),
        VirtualNetworkTagWithBroadRoutes(),
        HardCodedCredentials(),
        LinuxPasswordAuthentication(),
        SpokeEgressBypassesFirewall(),
        SubnetWithoutSecurityGroup(),
    ]
}

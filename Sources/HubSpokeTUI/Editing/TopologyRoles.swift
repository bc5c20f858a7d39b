import HubSpokeDiagram

// Hub detection and service placement moved to HubSpokeDiagram so the pictures
// (`hubspoke diagram`) and the terminal views share one answer to "which VNet is the hub";
// these aliases keep the TUI's code reading as before.
typealias TopologyRoles = HubSpokeDiagram.TopologyRoles
typealias ServicePlacement = HubSpokeDiagram.ServicePlacement

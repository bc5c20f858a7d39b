param name string
param prefix string
param hubId string
@secure()
param adminPassword string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-${name}'
  location: resourceGroup().location
  properties: {
    addressSpace: {
      addressPrefixes: [
        prefix
      ]
    }
    subnets: [
      {
        name: 'default'
        properties: {
          addressPrefix: cidrSubnet(prefix, 24, 0)
        }
      }
    ]
  }

  resource toHub 'virtualNetworkPeerings' = {
    name: '${name}-to-hub'
    properties: {
      remoteVirtualNetwork: {
        id: hubId
      }
    }
  }
}

resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-${name}'
  properties: {
    osProfile: {
      adminPassword: adminPassword
    }
  }
}

output vnetId string = vnet.id
output subnetId string = vnet.properties.subnets[0].id

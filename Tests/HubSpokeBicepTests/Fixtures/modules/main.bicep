// A hub with spokes deployed through a local module in a loop, a conditional module,
// a registry module that cannot be followed, and a module cycle.
param spokes array = [
  {
    name: 'spoke1'
    prefix: '10.1.0.0/16'
  }
  {
    name: 'spoke2'
    prefix: '10.2.0.0/16'
  }
]
@secure()
param adminPassword string
param deployExtra bool = false
var emptyPassword = ''

resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-hub'
  location: resourceGroup().location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
  }
}

module spoke './spoke.bicep' = [for (s, i) in spokes: {
  name: 'spoke-${i}'
  params: {
    name: s.name
    prefix: s.prefix
    hubId: hub.id
    adminPassword: adminPassword
  }
}]

module extra 'spoke.bicep' = if (deployExtra) {
  name: 'extra'
  scope: resourceGroup('rg-extra')
  params: {
    name: 'extra'
    prefix: '10.9.0.0/16'
    hubId: hub.id
    adminPassword: emptyPassword
  }
}

module avm 'br/public:avm/res/network/virtual-network:0.5.0' = {
  name: 'avm'
  params: {
    name: 'vnet-avm'
  }
}

module loop './cycle-a.bicep' = {
  name: 'cycle'
}

output firstSpokeVnetId string = spoke[0].outputs.vnetId
output secondSubnetId string = spoke[1].outputs.subnetId
output avmId string = avm.outputs.resourceId

using './main.bicep'

var base = '10.50'
param spokes = [
  {
    name: 'only'
    prefix: '${base}.0.0/16'
  }
]
param deployExtra = true
param adminPassword = readEnvironmentVariable('ADMIN_PASSWORD')

module back './cycle-b.bicep' = {
  name: 'b'
}

module again './cycle-a.bicep' = {
  name: 'a'
}

// HubSpokeDesignFile

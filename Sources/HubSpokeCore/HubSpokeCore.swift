// HubSpokeCore

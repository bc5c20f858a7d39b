// HubSpokeTUI

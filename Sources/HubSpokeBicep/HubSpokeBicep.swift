// HubSpokeBicep

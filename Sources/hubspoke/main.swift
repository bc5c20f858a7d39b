print("hubspoke")

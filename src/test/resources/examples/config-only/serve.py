print("config-only")

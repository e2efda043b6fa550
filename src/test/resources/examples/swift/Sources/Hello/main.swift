print("hello from Swift")

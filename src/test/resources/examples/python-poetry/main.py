print("python-poetry")

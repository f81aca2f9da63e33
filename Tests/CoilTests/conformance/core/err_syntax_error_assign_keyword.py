print("never printed")
True = 0

print("never printed")
5 = x

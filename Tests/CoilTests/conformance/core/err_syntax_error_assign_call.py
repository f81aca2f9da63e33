print("never printed")
len(x) = 3

print("never printed")
print(end="", "x")

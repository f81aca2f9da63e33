print("never printed")
name = "x"
print(f"{name")

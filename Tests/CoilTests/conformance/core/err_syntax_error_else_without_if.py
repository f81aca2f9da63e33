print("never printed")
x = 1
else:
    pass

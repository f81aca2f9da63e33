print("never printed")
pairs = {"a": [1, 2)}

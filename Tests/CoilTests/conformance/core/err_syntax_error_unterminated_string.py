print("never printed")
message = "hello world
print(message)

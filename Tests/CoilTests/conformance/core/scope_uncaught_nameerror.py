def greet(name):
    return "Hello, " + salutation_text_xyz

print("calling greet")
print(greet("world"))

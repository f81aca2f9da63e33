print("this must not be printed: the file fails to compile")
def greet(name)
    return "hi " + name

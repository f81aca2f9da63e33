# An exception group that escapes the program is printed in boxes on stderr (exit status 1).
def work():
    try:
        raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
    except* KeyError:
        print("handled the KeyError part")


work()

def classify(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return f"lookup problem: {type(e).__name__}: {e}"
    except (ValueError, TypeError) as e:
        return f"bad value/type: {type(e).__name__}: {e}"
    except ZeroDivisionError:
        return "division problem"
    except Exception as e:
        return f"other: {type(e).__name__}"
    return "no error"

print(classify(lambda: {}["x"]))
print(classify(lambda: [][0]))
print(classify(lambda: int("z")))
print(classify(lambda: None + 1))
print(classify(lambda: 1 / 0))
print(classify(lambda: open("/nonexistent/file")))
print(classify(lambda: None))

errors = (ArithmeticError, LookupError)
try:
    [1][5]
except errors as e:
    print("matched dynamic tuple:", type(e).__name__)

try:
    1 / 0
except (KeyError, ValueError, ZeroDivisionError) as e:
    print("three-element tuple:", e)

try:
    try:
        raise OSError("disk")
    except (KeyError, IndexError):
        print("not here")
except OSError as e:
    print("propagated past non-matching tuple:", e)

try:
    raise KeyError("first handler wins")
except LookupError as e:
    print("LookupError branch", e)
except KeyError:
    print("never reached")
def bad_except():
    try:
        raise ValueError("x")
    except "not a class":
        pass
try:
    bad_except()
except TypeError as e:
    print(type(e).__name__, e)

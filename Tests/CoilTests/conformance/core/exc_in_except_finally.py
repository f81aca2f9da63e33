def error_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        print("in except, about to fail")
        return 1 / 0

try:
    error_in_except()
except ZeroDivisionError as e:
    print("got", type(e).__name__, "with context", type(e.__context__).__name__)

def error_in_finally():
    try:
        print("try body ok")
        return "value"
    finally:
        print("finally raising")
        raise KeyError("from finally")

try:
    error_in_finally()
except KeyError as e:
    print("got", repr(e), e.__context__)

def error_in_else():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        raise IndexError("from else")
    finally:
        print("finally still runs")

try:
    error_in_else()
except IndexError as e:
    print("got", e)

def finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    finally_replaces()
except TypeError as e:
    print("replacement wins:", e, "| context:", e.__context__)
except ValueError:
    print("never")

results = []
for i in range(3):
    try:
        try:
            if i == 1:
                raise RuntimeError(i)
            results.append(("ok", i))
        finally:
            results.append(("finally", i))
    except RuntimeError as e:
        results.append(("caught", e.args[0]))
print(results)

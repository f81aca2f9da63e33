try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling KeyError")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__, e.__suppress_context__)

def cleanup_fails():
    try:
        raise RuntimeError("original")
    finally:
        raise OSError("cleanup failed")

try:
    cleanup_fails()
except OSError as e:
    print(e, "| context:", repr(e.__context__))

try:
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError:
            raise KeyError("third")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur.args[0]})")
        cur = cur.__context__
    print(" <- ".join(chain))

try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)

def handler():
    try:
        1 / 0
    except ZeroDivisionError as zde:
        err = RuntimeError("handled")
        print("implicit context set only when raised:", err.__context__)
        raise err
try:
    handler()
except RuntimeError as e:
    print(type(e.__context__).__name__)

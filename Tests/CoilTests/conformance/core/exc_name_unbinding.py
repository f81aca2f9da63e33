try:
    raise ValueError("temporary")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)

err = "existing value"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in globals())

def in_function():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e} | saved={saved!r}"
print(in_function())

for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        last = loop_err
print(repr(last), "loop_err" in globals())
try:
    pass
except Exception as never_bound:
    pass
print("never_bound" in globals())

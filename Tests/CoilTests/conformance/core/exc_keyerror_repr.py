d = {"a": 1}
for key in ["x", 1, (1, 2), None, "", "it's", 2.5, ("tuple",), frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(3)
except KeyError as e:
    print("set.remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().pop()
except KeyError as e:
    print("set.pop:", e)
try:
    d["missing"]
except LookupError as e:
    print(f"{type(e).__name__}: {e}")

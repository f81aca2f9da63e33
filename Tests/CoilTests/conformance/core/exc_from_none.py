class NotFound(Exception):
    pass

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(f"no entry for {key!r}") from None

try:
    lookup({"a": 1}, "b")
except NotFound as e:
    print(type(e).__name__, e)
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
    print("context kept:", repr(e.__context__))

print(lookup({"a": 1}, "a"))
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("not numeric") from None
for s in ["1.5", "x"]:
    try:
        print(convert(s))
    except TypeError as e:
        print("error:", e, e.__suppress_context__)

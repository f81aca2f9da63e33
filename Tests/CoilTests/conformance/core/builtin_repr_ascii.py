values = [1, -2.5, "text", "quote's", b"raw", [1, "a"], (1,), {"k": [None]}, {3}, frozenset(),
          True, None, 1e100, float("inf"), range(3), slice(1, 2), ..., NotImplemented, int, len, KeyError("k")]
for v in values:
    print(repr(v), "|", str(v))
print(ascii("naïve café"), ascii(["日本", "ok"]), ascii(1), ascii(b"\xff"))
print(repr("日本"), str("日本"))
class P:
    def __repr__(self):
        return "P(é)"
print(repr(P()), ascii(P()), str(P()), [P()])
print(repr(print), repr(object).startswith("<class"), repr(type))
import math
print(repr(math).startswith("<module 'math'"), str(ValueError))

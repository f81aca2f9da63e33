# Builtin functions and method descriptors called from the run loop's fast path must behave
# like the generic call: keywords, subclass receivers, wrong receivers, missing receivers.
class MyList(list):
    pass


l = MyList([3, 1, 2])
list.append(l, 4)
l.append(5)
print(l, len(l), list.__len__(l), sorted(l, key=lambda x: -x), sorted(l, reverse=True))
print(str.join("-", ["a", "b"]), "x".join(map(str, l)), int("ff", base=16), int("12"))
print(max(l, default=0), min([], default="empty"), dict.fromkeys("ab", 0))

for call in (lambda: list.append(5, 1), lambda: list.append(), lambda: len(), lambda: len(1, 2),
             lambda: len(5), lambda: str.upper(b"x"), lambda: dict.get({}, 1, 2, 3),
             lambda: sorted([1], cmp=None), lambda: [].append(1, 2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# builtins rebound or shadowed by the script
def len(x):
    return "my len"


print(len([1]))
del len
print(len([1, 2]))
import builtins
saved = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))
builtins.abs = saved
print(abs(-1))


# method descriptors of a builtin base, called through the subclass
class D(dict):
    def __missing__(self, k):
        return k * 2


d = D(a=1)
print(d["zz"], dict.get(d, "a"), d.get("b", "none"), dict.__contains__(d, "a"), isinstance(d, dict))
print([s.strip() for s in " a , b ".split(",")], "abc".upper(), (5).bit_length(), (2.5).is_integer())


# the specialized builtins: every receiver kind, and the cases they leave to the full call
class Sized:
    def __len__(self):
        return 7


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"


class Anything(metaclass=Meta):
    pass


import collections.abc
items = [[1, 2], "héllo", (1,), {"a": 1}, Sized(), MyList([1]), b"xy", {1, 2}, range(4)]
print([len(x) for x in items])
print([isinstance(x, list) for x in items], isinstance(l, (dict, list)), isinstance(3, int))
print(isinstance("anything", Anything), isinstance(1, Anything), isinstance([], collections.abc.Sized))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
acc = []
for i in range(5):
    acc.append(i * i)
ml = MyList()
for i in range(3):
    ml.append(i)
print(acc, ml, type(ml).__name__)


class Appender:
    def __init__(self):
        self.got = []

    def append(self, x):
        self.got.append(("custom", x))


ap = Appender()
for target in (acc, ap):
    target.append("end")
print(acc[-1], ap.got)


# range() with machine words, big ints, __index__ objects and bad arguments
class Idx:
    def __index__(self):
        return 3


print(list(range(4)), list(range(2, 5)), list(range(5, 2)), len(range(-2**61, 2**61)), range(Idx()))
print(range(2**70, 2**70 + 2)[1] - 2**70, range(0, 10, 3), list(range(Idx(), 6)))
for bad in (lambda: range(1.5), lambda: range(1, "x"), lambda: range(), lambda: range(1, 2, 0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(list(), tuple([1, 2]), dict(a=1), str(12), int("7"), float("1.5"), set(), frozenset([1]))

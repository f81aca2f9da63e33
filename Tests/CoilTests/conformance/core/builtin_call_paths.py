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

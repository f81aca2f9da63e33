# Sequence patterns: [..] and (..) forms, star captures, nesting, what counts as a sequence.
import collections
import collections.abc

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [1, 2, 3]:
            return "one-two-three"
        case (a, b):
            return f"pair {a!r} {b!r}"
        case [first, *middle, last] if middle:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case [_, _, _]:
            return "some triple"
        case _:
            return "not a short sequence"

for v in [[], (), [1], (1,), [1, 2, 3], (1, 2, 3), [1, 2], (3, 4), [1, 2, 3, 4], range(5), range(3),
          "ab", "a", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2]), collections.deque([7, 8]),
          [[1, 2], [3]]]:
    print(type(v).__name__, repr(v) if not isinstance(v, type(iter([]))) else "<iterator>", "->", seq(v))

# Star captures always bind a list, in every position.
def stars(v):
    match v:
        case [*init, "end"]:
            return ("init", init)
        case ["start", *tail]:
            return ("tail", tail)
        case [a, *mid, b, c]:
            return ("mid", a, mid, b, c)
    return None

print(stars(("x", "y", "end")))
print(stars(["start"]))
print(stars(("start", 1, 2)))
print(stars((1, 2, 3, 4, 5)))
print(stars((1, 2, 3)))
print(stars([1, 2]))

# Star wildcards: elements are indexed, not unpacked.
def ends(v):
    match v:
        case [first, *_, last]:
            return first, last
        case [*_]:
            return "short"
    return "no"

print(ends([1]), ends([1, 2]), ends(range(10)), ends("str"), ends((4, 5, 6)))

# Nested sequences and mixed patterns.
def nested(v):
    match v:
        case [(x, y), [z, *_]]:
            return f"x={x} y={y} z={z}"
        case [[[deep]]]:
            return f"deep={deep}"
        case [int(), str(), *others]:
            return f"int,str + {len(others)}"
    return "no"

print(nested([(1, 2), [3, 4, 5]]))
print(nested([[[9]]]))
print(nested([1, "a", None, None]))
print(nested([(1, 2, 3), [3]]))

# A top-level comma makes an open sequence pattern.
match 1, 2:
    case a, b:
        print("open sequence", a, b)
match [3, 4, 5]:
    case 3, *rest:
        print("open sequence with star", rest)

# Sequence ABC: registered and derived classes match; str subclasses never do.
class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

match MySeq(1, 2, 3):
    case [a, *_, c]:
        print("MySeq matched", a, c)

class Registered:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return "item%d" % i

collections.abc.Sequence.register(Registered)
match Registered():
    case [x, y]:
        print("registered sequence", x, y)

class MyStr(str):
    pass

match MyStr("ab"):
    case [a, b]:
        print("str subclass matched as a sequence?!")
    case str(s):
        print("str subclass is not a sequence:", s)

class MyList(list):
    pass

match MyList([1, 2]):
    case [1, x]:
        print("list subclass", x)

# Length is checked before any element is fetched.
class Lengthy(collections.abc.Sequence):
    def __len__(self):
        print("  len called")
        return 3
    def __getitem__(self, i):
        print("  item", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

match Lengthy():
    case [a, b]:
        print("two")
    case [a, b, c]:
        print("three", a, b, c)

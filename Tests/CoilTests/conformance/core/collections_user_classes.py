# collections.ChainMap, UserDict, UserList, UserString in more depth.
from collections import ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

# ChainMap: lookups through the chain, writes to the first map only.
defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), list(cm.items()))
cm["color"] = "blue"
print(cli, defaults["color"], cm["color"])
try:
    del cm["size"]
except KeyError as e:
    print("KeyError", e)
try:
    cm.pop("size")
except KeyError as e:
    print("KeyError", e)
print(cm.pop("color"), cm.pop("nope", "dflt"))
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({"a": 1})["b"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child()
child["x"] = 1
print(child, child.parents == cm, child.maps[1] is cli)
print(cm.new_child(m={"k": 2}, extra=3).maps[0], cm.new_child(q=1).maps[0])
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})), ChainMap({}, {}).maps)
c2 = cm.copy()
c2["new"] = 1
print("new" in cm, "new" in c2, c2.maps[1] is env, type(c2).__name__)
print(ChainMap.fromkeys("ab", 0), "user" in cm, cm.get("zz", "none"), cm.get("user"))
print(ChainMap({"a": 1}) | {"b": 2}, {"z": 0} | ChainMap({"a": 1}, {"a": 2, "c": 3}))
m = ChainMap({"a": 1})
m |= {"b": 2}
print(m, isinstance(m, cabc.MutableMapping))


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"


print(DefaultChain({"a": 1})["b"], DefaultChain({"a": 1}).get("b", 0))
rec = ChainMap({})
rec.maps[0]["self"] = rec
print(rec)

# UserDict: all writes go through __setitem__, lookups honour __missing__.
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = Lower({"A": 1}, B=2)
d.update(C=3)
d.setdefault("D", 4)
print(d, d.data, "a" in d, "A" in d, len(d), sorted(d), d.get("a"), d.get("A", "x"))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


md = Missing(x=1)
print(md["x"], md["ab"], "ab" in md, md.get("ab"))
u = UserDict(a=1)
u2 = u.copy()
u2["b"] = 2
print(u, u2, type(u2).__name__, u | {"c": 3}, {"z": 0} | u, type(u | u2).__name__)
lc = d.copy()
lc["Z"] = 26
print(type(lc).__name__, "z" in lc, "z" in d, UserDict.fromkeys("xy", 0), Lower.fromkeys("PQ"))
u |= {"q": 1}
print(u, u == {"a": 1, "q": 1}, u.pop("a"), u.popitem(), u)
try:
    UserDict()["missing"]
except KeyError as e:
    print("KeyError", e)

# UserList: slices and arithmetic keep the subclass.
class Stack(UserList):
    def peek(self):
        return self[-1]


s = Stack([1, 2, 3])
print(s, s.peek(), type(s[:2]).__name__, s[:2], type(s + [4]).__name__, [0] + s, type([0] + s).__name__)
print(s * 2, 2 * s, s == [1, 2, 3], s < [1, 2, 4], s > Stack([1]), 2 in s, s.index(3), s.count(1))
s.extend(Stack([4, 5]))
s += (6,)
s *= 1
s.insert(0, 0)
print(s, s.pop(), s.pop(0), s)
s.remove(4); s.reverse(); print(s)
s.sort(key=lambda x: -x); print(s, s.copy(), type(s.copy()).__name__)
s[0] = 99; del s[1]; print(s, len(s))
s.clear(); print(s, UserList("abc"), UserList(UserList([1])), UserList())
print(isinstance(s, cabc.MutableSequence), UserList([3]) == UserList([3]))

# UserString: new strings come back as the subclass.
class Name(UserString):
    def shout(self):
        return self.upper() + "!"


n = Name("Ada Lovelace")
print(n.shout(), type(n.shout()).__name__, n.lower(), type(n.split()[0]).__name__, n.split())
print(n[0], type(n[0]).__name__, n[-8:], len(n), "Ada" in n, Name("Ada") in n, n == "Ada Lovelace")
print(n.replace("a", "4"), n.replace(Name("Ada"), "A."), n.find("Love"), n.count(Name("a")), n.startswith("Ada"))
print(n.center(16, "*"), n.zfill(14), n.strip("A"), n.partition(" "), n.encode(), n.isalpha(), n.istitle())
print(n + "!", "Hi " + n, type("Hi " + n).__name__, n * 2, Name("%s-%d") % ("x", 3), "%s" % Name("fmt"))
print(int(UserString("42")), float(UserString("1.5")), hash(UserString("k")) == hash("k"), str(n), repr(n))
print(UserString(12), UserString(UserString("x")), sorted([UserString("b"), UserString("a")]), list(Name("ab")))
print(n.removeprefix("Ada "), n.removesuffix(Name("lace")), n.join(["1", "2"]), n.format(), UserString("{0}").format(5))
print(isinstance(n, cabc.Sequence), isinstance(n, str), n < "B", n >= Name("Ada"), UserString.maketrans("a", "b"))
print(ChainMap.__module__, UserDict.__module__, UserList.__module__, UserString.__module__)



import collections as ce
from collections import ChainMap, UserDict, UserList, UserString
c = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(c["a"], c["b"], len(c), sorted(c), c, c.new_child({"z": 0}), c.parents, dict(c))
c["q"] = 5; del c["q"]
print(c.maps, "b" in c, c.get("x", 7))
class D(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = D({"a": 1}); d["b"] = 2
print(d, d.data, len(d), "a" in d)
l = UserList([3, 1, 2]); l.sort(); l.append(9)
print(l, l[1:], l + [1], len(l), type(l[1:]).__name__, l == [1, 2, 3, 9])
s = UserString("Hello")
print(s.upper(), s + "!", s[1:3], len(s), s.find("l"), repr(s), s == "Hello", s.split("l"))

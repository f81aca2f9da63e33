import abc
from abc import ABC, abstractmethod, ABCMeta
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Generator, Callable, Hashable, Sized, Container
import collections
from collections import deque, OrderedDict, Counter
print(collections.abc is cabc, cabc.__name__, Mapping, Mapping.__module__)
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance([], Sequence), isinstance((x for x in []), Generator))
print(isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable), isinstance("", Sized), isinstance(deque(), Sequence), isinstance(deque(), cabc.MutableSequence))
print(isinstance(OrderedDict(), MutableMapping), isinstance(Counter(), Mapping), isinstance(set(), cabc.Set), isinstance({}.keys(), cabc.KeysView), isinstance(range(3), Sequence), isinstance("a", Sequence), isinstance(b"", cabc.ByteString))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], "a" in m, m.get("z", 9), list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m))
class MySeq(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm.update({"x": 1}, y=2); mm.setdefault("z", 3)
print(dict(mm), mm.pop("x"), mm.popitem(), len(mm))
try:
    class Bad(Mapping): pass
    Bad()
except TypeError as e:
    print(e)
class Duck:
    def __iter__(self): return iter([])
print(isinstance(Duck(), Iterable), issubclass(Duck, Iterable), issubclass(list, Sequence), issubclass(dict, Sequence))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg), isinstance("x", Reg))
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
print(sorted(Base.__abstractmethods__))
print(Iterable[int], Callable[[int, str], float].__origin__ if hasattr(Callable[[int, str], float], "__origin__") else "")
def f(x: Iterable[int]) -> Mapping[str, int]: return {}
print(f([]), type(ABC), ABCMeta)
import collections
print(isinstance([], collections.abc.Iterable), collections.abc.Mapping)
import collections.abc
from collections import abc
print(abc.Sequence, isinstance(collections.deque(), abc.MutableSequence))

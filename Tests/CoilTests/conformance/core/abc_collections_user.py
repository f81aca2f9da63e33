# collections.abc: structural checks on user classes, None opt-outs, register(), and the
# mixin methods of Set/MutableSet/Mapping/MutableMapping/Sequence/MutableSequence.
import collections
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Sized, Container,
                             Collection, Callable, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, AsyncGenerator, Generator, Sequence, Mapping,
                             MutableMapping, MutableSequence, MutableSet, Set)

ABCS = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable,
        Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Generator,
        Sequence, Mapping, MutableMapping, MutableSequence, Set, MutableSet]


def which(obj):
    return [a.__name__ for a in ABCS if isinstance(obj, a)]


class Nothing:
    pass


class Unhashable:
    __hash__ = None


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NotIter(It):
    __iter__ = None


class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False


class Call:
    def __call__(self): return 1


class Aw:
    def __await__(self):
        yield


class AIt:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration


class Rev:
    def __iter__(self): return iter(())
    def __reversed__(self): return iter(())


class GetItemOnly:
    # Sequence-like by protocol, but Sequence is not checked structurally.
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0


for obj in (Nothing(), Unhashable(), It(), NotIter(), Coll(), Call(), Aw(), AIt(), Rev(), GetItemOnly()):
    print(type(obj).__name__, which(obj))

for obj in ([], (), {}, set(), frozenset(), "", b"", bytearray(), range(2), iter([]), {}.keys(),
            {}.items(), {}.values(), 1, None, len, lambda: 0, (x for x in ()), type, zip(),
            map(str, []), enumerate([]), reversed([]), collections.deque(), collections.OrderedDict(),
            collections.Counter(), collections.defaultdict(int)):
    print(type(obj).__name__, which(obj))

print(issubclass(cabc.KeysView, Set), issubclass(cabc.ValuesView, Set), isinstance({}.keys(), cabc.KeysView),
      isinstance({}.items(), cabc.ItemsView), isinstance({}.values(), cabc.ValuesView), isinstance({}.keys(), cabc.MappingView))
print(isinstance(b"", cabc.ByteString), isinstance(bytearray(), cabc.ByteString), isinstance("", cabc.ByteString))


# register() and the hook interplay.
class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items


print(isinstance(Bag(), Collection), isinstance(Bag(), Sequence))
Sequence.register(Bag)
print(isinstance(Bag(), Sequence), issubclass(Bag, Reversible), issubclass(Bag, MutableSequence))


# Set mixins on a minimal immutable set.
class FSet(Set):
    def __init__(self, it=()):
        self.elems = []
        for x in it:
            if x not in self.elems:
                self.elems.append(x)
    def __contains__(self, x): return x in self.elems
    def __iter__(self): return iter(self.elems)
    def __len__(self): return len(self.elems)
    def __repr__(self): return f"FSet({self.elems})"
    __hash__ = Set._hash


a, b = FSet([1, 2, 3]), FSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - [4], [1, 9] - a, [5] | a, [3] & a, a.isdisjoint([7]), a.isdisjoint(b))
print(a <= FSet([1, 2, 3, 4]), a < a, a == FSet([3, 2, 1]), a == {1, 2, 3}, a != b, a >= FSet([1]), a > FSet())
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)
print(hash(FSet([1, 2])) == hash(frozenset({1, 2})), Set.__hash__, {1, 2} & a, {1, 5} - a)
print({1, 2} == FSet([1, 2]), frozenset({1}) <= FSet([1, 2]))


class MSet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
    def __repr__(self): return f"MSet({sorted(self.s)})"


m = MSet([1, 2, 3])
m |= [4]; print(m)
m &= [1, 2, 4, 5]; print(m)
m ^= [1, 9]; print(m)
m -= [2]; print(m)
print(m.pop(), m)
m.remove(9)
try:
    m.remove(100)
except KeyError as e:
    print("KeyError", e)
m.clear(); print(m, len(m))
try:
    m.pop()
except KeyError as e:
    print("KeyError", repr(e))


# Sequence and MutableSequence mixins.
class Seq(MutableSequence):
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __len__(self): return len(self.xs)
    def insert(self, i, v): self.xs.insert(i, v)
    def __repr__(self): return f"Seq{tuple(self.xs)}"


s = Seq(1, 2, 3, 2)
print(s.index(2), s.index(2, 2), s.index(2, -2), s.count(2), 3 in s, 9 in s, list(reversed(s)))
try:
    s.index(2, 0, 1)
except ValueError as e:
    print("ValueError", repr(e))
s.append(5); s.extend([6, 7]); s.extend(s); print(s)
s.reverse(); print(s, s.pop(), s.pop(0), s)
s.remove(2); s += (8,); print(s)
s.clear(); print(s, len(s))


# Mapping views on a user mapping.
class M(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return f"M({self.d})"


mp = M(a=1, b=2)
k, it, v = mp.keys(), mp.items(), mp.values()
print(k, len(k), "a" in k, ("a", 1) in it, ("a", 2) in it, 2 in v, 5 in v)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(it - {("a", 1)}), list(v), k == {"a", "b"}, M(a=1) == {"a": 1})
print(mp == M(b=2, a=1), mp != {"a": 1}, mp.get("q"), reversed(mp) if mp.__reversed__ else "no reversed")
try:
    Mapping.__eq__(mp, 5) is NotImplemented and print("NotImplemented")
except Exception as e:
    print(type(e).__name__)


class Store(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


st = Store()
st.update([("a", 1)], b=2); st.update(M(c=3)); st.update(st)
print(dict(st), st.pop("a"), st.pop("zz", None), st.setdefault("b", 9), st.setdefault("n"), st.popitem())
try:
    st.pop("zz")
except KeyError as e:
    print("KeyError", e)
st.clear()
try:
    st.popitem()
except KeyError as e:
    print("KeyError", repr(e))

# Parameterised ABCs.
print(Iterable[int], Mapping[str, int], Callable[[int], str], Callable[..., int], Callable[[], None])
print(Callable[[int, str], float].__args__, Iterable[int].__origin__ is Iterable)
try:
    Callable[int]
except TypeError as e:
    print("TypeError", e)
print(cabc.__name__, collections.abc is cabc, sorted(cabc.__all__)[:3], Sized.__module__, repr(Sequence))
import _collections_abc
print(_collections_abc.Mapping is cabc.Mapping)

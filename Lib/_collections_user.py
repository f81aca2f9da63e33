"""collections.ChainMap, UserDict, UserList and UserString, written for Coil.

Not a module of its own: the collections module runs this file on first use of one of these
names, with `__name__` set to 'collections' so the classes report that module
(CollectionsPython.swift).
"""
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence


def _repr_once(method):
    """Wraps a __repr__ so that a container reached again while it is being printed shows as
    '...' instead of recursing forever (a ChainMap can contain itself)."""
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            return method(self)
        finally:
            active.discard(key)
    __repr__.__name__ = method.__name__
    __repr__.__qualname__ = method.__qualname__
    return __repr__


def _shallow_copy(obj, **replace):
    """A new instance of type(obj) sharing obj's attributes, except those in `replace`
    (what copy.copy does for an ordinary instance)."""
    cls = type(obj)
    new = cls.__new__(cls)
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(replace)
    return new


class ChainMap(MutableMapping):
    """Several mappings searched in order as one. Lookups go through the whole chain; writes,
    deletions and pops affect only the first mapping, `maps[0]`."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Each key once, ordered as if the maps were merged from the last to the first.
        order = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                order[key] = None
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_repr_once
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(repr(m) for m in self.maps)})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same remaining maps."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with `m` (default: a new dict of `kwargs`) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)


class UserDict(MutableMapping):
    """A dict wrapper meant for subclassing: the contents live in the plain dict `data`, and
    every operation goes through the overridable mapping methods."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        return _shallow_copy(self, data=self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _unwrap(other):
    """The plain value behind a User* wrapper, for operations with the wrapped type."""
    return other.data if isinstance(other, (UserList, UserString)) else other


class UserList(MutableSequence):
    """A list wrapper meant for subclassing: the items live in the plain list `data`; slices
    and concatenations produce instances of the subclass."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data
            elif type(initlist) is list:
                self.data[:] = initlist
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other)

    def __le__(self, other):
        return self.data <= _unwrap(other)

    def __eq__(self, other):
        return self.data == _unwrap(other)

    def __gt__(self, other):
        return self.data > _unwrap(other)

    def __ge__(self, other):
        return self.data >= _unwrap(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, list):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, list):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, list):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, data=self.data[:])

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


class UserString(Sequence):
    """A str wrapper meant for subclassing: the text lives in the plain str `data`; methods
    that produce a new string produce an instance of the subclass."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string)

    def __lt__(self, string):
        return self.data < _unwrap(string)

    def __le__(self, string):
        return self.data <= _unwrap(string)

    def __gt__(self, string):
        return self.data > _unwrap(string)

    def __ge__(self, string):
        return self.data >= _unwrap(string)

    def __contains__(self, char):
        return _unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    maketrans = str.maketrans


def _forward_str_methods():
    """Gives UserString the str methods, each applied to `data`. Which results are re-wrapped
    in the subclass and which arguments may be UserStrings follow CPython's UserString."""
    # str results re-wrapped in type(self):
    rewrap = ("capitalize casefold center expandtabs ljust lower lstrip removeprefix "
              "removesuffix replace rjust rstrip strip swapcase title translate upper zfill")
    # results returned as they are (bool, int, bytes, plain str, lists and tuples of str):
    plain = ("count encode endswith find format format_map index isalnum isalpha isascii "
             "isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle "
             "isupper join partition rfind rindex rpartition rsplit split splitlines startswith")
    # methods whose string arguments may themselves be UserStrings:
    unwraps = {"count", "find", "index", "rfind", "rindex", "removeprefix", "removesuffix", "replace"}

    def make(name, wrap):
        method = getattr(str, name)
        convert = name in unwraps

        def forward(self, *args, **kwargs):
            if convert:
                args = [_unwrap(a) for a in args]
            result = method(self.data, *args, **kwargs)
            return type(self)(result) if wrap else result
        forward.__name__ = name
        forward.__qualname__ = "UserString." + name
        forward.__doc__ = method.__doc__
        return forward

    for name in rewrap.split():
        setattr(UserString, name, make(name, True))
    for name in plain.split():
        setattr(UserString, name, make(name, False))


_forward_str_methods()
del _forward_str_methods

from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
b = deque(maxlen=3)
for i in range(5): b.append(i)
print(b, b.maxlen, list(reversed(b)), b.count(3), deque("abc") == deque("abc"), deque([1]) < deque([2]))
b.appendleft(9); print(b)
try:
    deque().pop()
except IndexError as e:
    print(e)
e = deque([1, 2, 3, 2])
e.remove(2); print(e, e.index(2), e.copy(), deque() , bool(deque()), deque([[1]]))
e.insert(1, "x"); e.reverse(); print(e)
del e[0]; e[0] = "y"; print(e, e * 2, e + deque([5]))
try:
    e.remove(99)
except ValueError as ex:
    print(ex)
try:
    e[10]
except IndexError as ex:
    print(ex)
it = iter(e)
e.append(1)
try:
    next(it)
except RuntimeError as ex:
    print(ex)
dq = deque(range(10)); dq.rotate(3); print(dq); dq.rotate(-7); print(dq); dq.clear(); print(dq)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
od.move_to_end("x"); print(od); od.move_to_end("z", last=False); print(od, OrderedDict())
print(od == OrderedDict([("z", 3), ("y", 2), ("x", 1)]), od == OrderedDict([("x", 1), ("y", 2), ("z", 3)]), od == {"x": 1, "y": 2, "z": 3})
print(od.copy(), type(od.copy()).__name__, OrderedDict(a=1), isinstance(od, dict))
dd = defaultdict(list)
dd["a"].append(1); dd["b"].append(2); dd["a"].append(3)
print(dd, dd["zz"], len(dd), dd.default_factory)
di = defaultdict(int)
for ch in "hello": di[ch] += 1
print(di, dict(di), defaultdict(None, {1: 2}))
try:
    defaultdict(None)[5]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print(ex)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements())[:5], Counter())
c.update("aaz"); print(c)
c.subtract({"a": 10}); print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter({"x": 2, "y": 2, "z": 3}).most_common(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) == Counter(a=1, b=0))
x = Counter(a=2); x += Counter(a=-5, b=1); print(x)
del c["nonexistent"]; print(len(c))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p + (3,), p._asdict(), p._replace(x=9), Point._make([5, 6]), Point._fields, type(p).__name__, isinstance(p, tuple))
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults, P3(a=1, c=9), len(P3(1)))
try:
    Point(1)
except TypeError as ex:
    print(ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(ex)
try:
    p.x = 5
except AttributeError as ex:
    print(ex)
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as ex:
    print(ex)
try:
    namedtuple("Bad", ["_x"])
except ValueError as ex:
    print(ex)
try:
    namedtuple("Bad", "x class")
except ValueError as ex:
    print(ex)
R = namedtuple("R", "a, _b, c", rename=True)
print(R._fields, R(1, 2, 3), Point.__doc__, Point.__new__.__doc__)
class Sub(Point):
    def norm(self): return self.x ** 2 + self.y ** 2
s = Sub(3, 4)
print(s, s.norm(), s == (3, 4), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point(y=1, x=2), p._replace(), p.__getnewargs__())

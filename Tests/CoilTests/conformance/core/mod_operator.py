import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.not_(0), op.truth([]), op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.inv(0), op.lshift(1, 10), op.rshift(1024, 3), op.abs(-3))
print(op.index(7), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.concat([1], [2]), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.iadd(l, [5]), l, op.length_hint(iter([1, 2, 3])), op.length_hint(5, 7))
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
g = itemgetter(1)
print(g([1, 2, 3]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), g, itemgetter(1, "a"))
class A: pass
a = A(); a.b = A(); a.b.c = 7; a.x = 1
print(attrgetter("x")(a), attrgetter("b.c")(a), attrgetter("x", "b.c")(a), attrgetter("b.c"))
print(methodcaller("upper")("abc"), methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("split", ",", maxsplit=1))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=itemgetter(1)), op.__add__(1, 2), op.__and__(3, 1), op.call(len, [1]))
try:
    attrgetter(1)
except TypeError as e:
    print(e)

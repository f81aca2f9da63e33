r = range(10)
print(r, len(r), r[0], r[-1], r[3], list(r))
print(range(2, 10, 3), list(range(2, 10, 3)), len(range(2, 10, 3)))
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, -1)), list(range(0, -10, -3)), len(range(0, -10, -3)))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r)
print(r[2:5], r[::-1], r[::2], list(r[-3:]), range(0, 20, 5)[1:3], range(10)[::-3])
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1) == [0])
print(range(1, 10, 2).index(7), range(0, 10, 3).count(6), range(0, 10, 3).count(7))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
print(repr(range(0, 5, 1)), repr(range(-3, 3)), str(range(5)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
big = range(0, 10 ** 20, 10 ** 15)
print(len(big), big[-1], 10 ** 19 in big)
for i in range(3, 0, -1):
    print("count", i)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(5).index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), list(range(3)) * 2)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 5), slice(2, None), slice(None))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
print(slice(100, -100, -3).indices(7), slice(-100, 100).indices(4))
data = list(range(20))
print(data[s], data[slice(None, None, 5)], data[slice(-4, None)])
first_three = slice(0, 3)
print("abcdef"[first_three], (1, 2, 3, 4)[first_three], b"bytes"[first_three])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", "b")))
record = "20240115JohnSmith  "
YEAR, MONTH, DAY, NAME = slice(0, 4), slice(4, 6), slice(6, 8), slice(8, None)
print(record[YEAR], record[MONTH], record[DAY], record[NAME].strip())
lst = list(range(10))
lst[slice(0, 3)] = ["a"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
print(range(*slice(2, 8, 2).indices(10)), list(range(*slice(None, None, -2).indices(6))))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)

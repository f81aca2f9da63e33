a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[1:3]
print(c)
del c[::2]
print(c)
del c[-1]
print(c)
del c[:]
print(c, len(c))
d = [1, 2, 3, 4]
d[1:1] = [9, 9]
print(d)
d[-1:] = (7, 8, 9)
print(d)
d[:] = "xyz"
print(d)
e = [0, 1, 2, 3, 4, 5]
e[4:1:-1] = ["c", "b", "a"]
print(e)
ba = bytearray(b"hello")
ba[0:1] = b"J"
ba[-1:] = b"y!!"
print(ba)
del ba[1:3]
print(ba)
f = list(range(5))
f[1:4] = range(3)
print(f)
try:
    t = (1, 2, 3)
    t[0:1] = [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

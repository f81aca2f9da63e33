s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[-1], s[-10], s[5:5], s[7:3], s[100:], s[-100:2])
print(s[2:8:3], s[-2:-8:-3], s[None:None:None])
t = "hello world"
print(t[1:4], t[::-1], t[-5:], t[::3], t[6:-1])
tup = (0, 1, 2, 3, 4)
print(tup[1:3], tup[::-1], tup[-2:], type(tup[1:2]))
r = range(20)
print(r[3:9:2], list(r[3:9:2]), r[::-5], r[-3:])
b = b"abcdef"
print(b[1:3], b[::-1], b[4:])
i, j = 2, 6
print(s[i:j], s[i:j][::-1], s[j - 1:i - 1:-1])
print(s[slice(1, 4)], s[slice(None, None, 3)], t[slice(-3, None)])
print(len(s[::3]), len(t[::2]))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)

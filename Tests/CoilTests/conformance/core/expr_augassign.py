x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 0b1100
n &= 0b1010; print(n)
n |= 0b0001; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
d = {"count": 0}
for _ in range(3):
    d["count"] += 1
print(d)
class C:
    def __init__(self):
        self.v = 1
c = C()
c.v += 41
print(c.v)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
print(grid)
f = 1.5
f *= 2; print(f)
f -= 0.5; print(f)
i = 7
i /= 2; print(i, type(i).__name__)
m = 2
m **= -1; print(m)
st = {1, 2}
st |= {3}; st &= {1, 3, 5}; print(st)
st -= {1}; st ^= {9}; print(sorted(st))
dd = {"a": 1}
dd |= {"b": 2}; print(dd)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)

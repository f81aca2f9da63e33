class Grid:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = {}
    def __getitem__(self, key):
        r, c = key
        return self.data.get((r, c), ".")
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __str__(self):
        return "\n".join("".join(self[r, c] for c in range(self.cols)) for r in range(self.rows))

g = Grid(3, 4)
g[0, 0] = "#"
g[1, 2] = "@"
g[2, 3] = "*"
print(g)
del g[1, 2]
print(g[1, 2], sorted(g.data))
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r["a"], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None])
s = r[2:10:2]
print(type(s).__name__, s.start, s.stop, s.step)

class MyList:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, index):
        if isinstance(index, slice):
            print("  slice", index)
            return MyList(self.items[index])
        return self.items[index]
    def __setitem__(self, index, value):
        print("  set", index)
        self.items[index] = value
    def __delitem__(self, index):
        print("  del", index)
        del self.items[index]
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"MyList({self.items})"

m = MyList(range(10))
print(m[3], m[-1], m[2:5], m[::-3])
m[0] = "zero"
m[1:3] = ["a", "b", "c"]
print(m)
del m[::2]
print(m)
print(list(m), "a" in m)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])

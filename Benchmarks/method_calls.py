# Object method calls and attribute access in a loop.
class Vector:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def bump(self, amount):
        self.count += 1
        self.total += amount

    def get(self):
        return self.total


class Derived(Counter):
    def bump(self, amount):
        super().bump(amount * 2)


def run(n):
    v = Vector(1, 2)
    w = Vector(3, -1)
    c = Counter()
    d = Derived()
    for i in range(n):
        u = v.add(w)
        c.bump(u.dot(w) + i % 7)
        d.bump(c.get() & 255)
        w.scale(1)
    return c.count, c.total, d.count, d.total


print(run(300_000))

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vector(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vector(self.x ** k, self.y ** k)
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return Vector(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vector(self.y, self.x)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __lshift__(self, n):
        return Vector(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vector(self.x >> n, self.y >> n)
    def __and__(self, o):
        return Vector(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return Vector(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return Vector(self.x ^ o.x, self.y ^ o.y)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __round__(self, n=0):
        return Vector(round(self.x, n), round(self.y, n))
    __hash__ = None

a, b = Vector(3, 4), Vector(1, 2)
print(a + b, a - b, a * 3, a / 2, a // 2, a % 2, a ** 2)
print(a @ b, -a, +a, abs(a), ~a)
print(a == Vector(3, 4), a != b, a == "not a vector")
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(divmod(a, 2))
print(round(Vector(1.26, 2.71), 1))
print(sum([a, b, Vector(10, 10)], Vector(0, 0)))
try:
    a + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)

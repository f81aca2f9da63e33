data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Coil Language"), sorted(("b", "a")), sorted({"b": 1, "a": 2}))
print(sorted(data, key=lambda n: (n % 3, n)))
print(sorted(["aa", "b", "ccc", "dd"], key=len), sorted(["aa", "b", "ccc", "dd"], key=len, reverse=True))
people = [("Ann", 30), ("bob", 25), ("Cid", 30), ("dee", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1, "y": 2}.values())))
class Countdown:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Countdown())), sorted(Countdown(), reverse=True))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=None), sorted([[3, "c"], [1, "a"]]))

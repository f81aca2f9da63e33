a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
print(True is True, (1 == 1) is True)
print(2 in a, 5 in a, 5 not in a, not 5 in a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())
print(3 in range(5), 10 in range(0, 20, 5), 11 in range(0, 20, 5))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print(1 in {1, 2}, frozenset() in {frozenset()})
print(b"el" in b"hello", 101 in b"hello")
print(1.0 in [1, 2], True in [1], 0 in [False])
class Empty:
    pass
e1, e2 = Empty(), Empty()
print(e1 is e2, e1 is e1, e1 == e2, e1 != e2)
print(e1 in [e2], e1 in [e2, e1])
nan = float("nan")
print(nan in [nan], nan == nan)

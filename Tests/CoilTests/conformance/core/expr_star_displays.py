a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 5, *b, 6])
print((*a, *b), (*a,))
print({*a, *b, 2})
print({**{"x": 1}, "y": 2, **{"x": 3}})
print({"a": 0, **{}})
print([*range(3), *"hi"])
print([*{1: "one", 2: "two"}])
d = {"k": 1}
print({**d, **dict(j=2)})
first, *rest = [*a, *b]
print(first, rest)
print(*[*a, *b])
nested = [[*a], [*b, *a]]
print(nested)
print(len([*"hello"]))

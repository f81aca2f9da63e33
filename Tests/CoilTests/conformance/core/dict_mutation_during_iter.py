d = {"a": 1, "b": 2, "c": 3}
try:
    for key in d:
        if key == "a":
            d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d2 = {1: "x", 2: "y", 3: "z"}
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d2)
d3 = {1: 1, 2: 2, 3: 3}
for k in list(d3):
    if k % 2:
        del d3[k]
print(d3)
d4 = {"a": 1, "b": 2}
for k in d4:
    d4[k] *= 10
print(d4)
d5 = {i: i for i in range(5)}
d5 = {k: v for k, v in d5.items() if v != 2}
print(d5)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)

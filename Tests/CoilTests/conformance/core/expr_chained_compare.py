x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print(x == 5 == 5.0, x != 4 != 5)
print(1 <= 1 < 2 >= 2 > 1)

calls = []
def val(v):
    calls.append(v)
    return v

print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)  # short-circuits after the first False
calls.clear()
print(val(1) < val(5) > val(2) == val(2))
print(calls)

a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a == b is not None)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9])
print(0 < 0.5 < 1, -1 < False < True)
print(1 in [1, 2] in [[1, 2], [3]])
print(not 1 < 2)

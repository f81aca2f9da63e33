data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print(n)

values = []
i = 0
while (i := i + 1) <= 3:
    values.append(i)
print(values, i)

results = [y for x in data if (y := x * 2) > 6]
print(results)
print(y)  # the walrus target leaks out of the comprehension

def process(items):
    if (first := items[0]) > 2:
        return first
    return -1
print(process([5, 1]), process([1, 5]))

print((total := 10) + 5, total)
chunks = ["ab", "cde", "", "f"]
it = iter(chunks)
while (chunk := next(it, None)) is not None and chunk:
    print("chunk", chunk)
print([last := k for k in range(4)], last)
print(any((hit := v) > 5 for v in data), hit)

seen = set()
for item in [1, "two", (3, 4)]:
    seen.add(item)
print(len(seen))
seen.add([5, 6])

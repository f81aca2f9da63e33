# Build many self-referencing containers and drop them; only counts are printed.
created = 0
for i in range(20000):
    a = [i]
    a.append(a)
    created += 1
print("self-referencing lists:", created, a[1] is a, len(a))
pairs = 0
for i in range(20000):
    x = {"id": i}
    y = {"id": -i, "peer": x}
    x["peer"] = y
    pairs += 1
print("dict pairs:", pairs, x["peer"]["peer"] is x)
ring_count = 0
for _ in range(2000):
    nodes = [[n] for n in range(10)]
    for n in range(10):
        nodes[n].append(nodes[(n + 1) % 10])
    ring_count += 1
print("rings:", ring_count, nodes[9][1] is nodes[0])
print(repr(a)[:20], repr(x)[:40])

import random, itertools, json, math
from collections import deque, Counter, OrderedDict
random.seed(7)
d = deque(maxlen=None); out = []
for step in range(3000):
    op = random.randrange(9)
    if op == 0: d.append(step)
    elif op == 1: d.appendleft(step)
    elif op == 2 and d: out.append(d.pop())
    elif op == 3 and d: out.append(d.popleft())
    elif op == 4: d.rotate(random.randint(-7, 7))
    elif op == 5: d.extend(range(random.randrange(4)))
    elif op == 6 and d: out.append(d[random.randrange(-len(d), len(d))])
    elif op == 7 and len(d) > 2: del d[random.randrange(len(d))]
    elif op == 8: d.insert(random.randint(-3, len(d) + 3), -step)
print(len(d), sum(out), list(d)[:20], d.count(0))
b = deque(maxlen=7)
for i in range(100):
    (b.append if i % 3 else b.appendleft)(i)
    if i % 5 == 0: b.rotate(i % 4 - 2)
print(b)
words = [random.choice("abcdefg") * random.randint(1, 3) for _ in range(500)]
c = Counter(words); c2 = Counter(words[:200])
print(c.most_common(5), (c - c2).most_common(3), (c & c2).total(), (c | c2).total(), sorted((c + c2).items())[:5], c2 < c, c <= c)
for r in range(4):
    print(r, len(list(itertools.permutations(range(5), r))), len(list(itertools.combinations_with_replacement("abcd", r))), sum(map(sum, itertools.product(range(3), repeat=r))))
groups = [(k, len(list(g))) for k, g in itertools.groupby(sorted(words))]
print(groups)
od = OrderedDict.fromkeys("abcdef")
for k in "fbd": od.move_to_end(k, last=(k != "b"))
print(list(od))
data = {"k%d" % i: [random.random(), random.randint(-10**20, 10**20), None, {"x": "é\n"}] for i in range(30)}
s = json.dumps(data, sort_keys=True)
print(len(s), hash(s) == hash(json.dumps(json.loads(s), sort_keys=True)), s[:120])
print(json.dumps(data, indent=1)[:200])
print([math.gamma(0.1 * i) for i in range(1, 12)], math.fsum(random.random() for _ in range(1000)))

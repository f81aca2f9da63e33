import random
for seed in [0, 1, 42, 12345, 2**40 + 7, -5, 10**30]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(5), random.getrandbits(40), random.getrandbits(100))
    print(random.randint(1, 10), random.randint(-1000, 1000), random.randrange(100), random.randrange(0, 100, 7), random.randrange(10**20))
    l = list(range(20))
    random.shuffle(l)
    print(l)
    print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(range(10), 10), random.sample(range(1000), 30))
    print(random.choices(range(10), k=5), random.choices("abc", weights=[1, 2, 3], k=6), random.choices("ab", cum_weights=[0.5, 1.0], k=3))
    print(random.uniform(1, 2), random.uniform(5, 2.5), random.triangular(), random.triangular(1, 5, 2))
    print(random.gauss(), random.gauss(2, 3), random.normalvariate(), random.expovariate(2), random.lognormvariate(0, 1))
    print(random.vonmisesvariate(1, 2), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2), random.betavariate(2, 3))
    print(random.paretovariate(2), random.weibullvariate(1, 2), random.randbytes(5))
random.seed(1.5); print(random.random())
random.seed(-2.5); print(random.random())
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed("hello", version=1); print(random.random())
r = random.Random(7)
r2 = random.Random(7)
print(r.random() == r2.random(), r.randint(1, 6))
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random())
try:
    random.choice([])
except IndexError as e:
    print(e.args[0])
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e.args[0])
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(e.args[0])
print(random.sample(["a", "b", "c"], k=2, counts=[3, 1, 2]))
class MyR(random.Random):
    def random(self):
        return 0.5
m = MyR(3)
print(m.random(), m.uniform(0, 10), m.choice([1, 2, 3]))
random.seed(2024)
print(random.sample(range(10**6), 10), random.sample(list("abcdefghijklmnopqrstuvwxyz"), 8), random.sample(range(50), 40)[:5])
print(random.choices([1, 2, 3], weights=[0.1, 0.7, 0.2], k=8), random.choices("xyz", cum_weights=[1, 5, 6], k=6))
print(random.randrange(100, 0, -7), random.randrange(-50, 50), random.randint(10**30, 10**30 + 5), random.getrandbits(0), random.getrandbits(64), random.getrandbits(65))
print(random.randrange(2**64), random.randrange(0, 2**70, 3))
l = ["a", "b", "c", "d", "e", "f", "g"]; random.shuffle(l); print(l)
st = random.getstate(); print(st[0], len(st[1]), st[1][-1], hash(st[1]) == hash(random.getstate()[1]))
random.seed(123456789012345678901234567890)
print(random.random(), random.getstate()[1][:3])
random.seed(0)
print([random.randint(1, 6) for _ in range(20)])
print([round(random.gauss(0, 1), 6) for _ in range(5)], random.gauss(0, 1))
class R2(random.Random):
    def getrandbits(self, k):
        return 1 if k else 0
r = R2(5)
print(r.randrange(10), r.choice("abc"), r.random())
random.seed(10)
print(random.sample(range(100), k=3, counts=None), random.sample(["a", "b"], k=3, counts=[2, 2]))
random.seed(3)
print(random.triangular(0, 10, 5), random.triangular(5, 5), random.uniform(1, 1), random.betavariate(0.5, 0.5), random.gammavariate(0.3, 2))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(3, 100), random.paretovariate(1.5), random.weibullvariate(2, 0.5))
try:
    random.randrange(1, 10, 0)
except ValueError as e:
    print(e)
try:
    random.randrange(10, 1)
except ValueError as e:
    print(e)
try:
    random.sample(range(3), 4)
except ValueError as e:
    print(e)
try:
    random.choices([1, 2], [1], k=2)
except ValueError as e:
    print(e)
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
print(random.randrange(10.0), random.randint(3, 3))
try:
    random.randrange(1.5)
except ValueError as e:
    print(e)

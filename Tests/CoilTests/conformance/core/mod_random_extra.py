# Seeded random helpers beyond the core set: randrange, uniform, sample, getrandbits.
import random
random.seed(12345)
print(random.randrange(10), random.randrange(0, 100, 5), random.randrange(5, 10))
random.seed(7)
print([random.randrange(1, 7) for _ in range(8)])
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
random.seed(1)
print(random.getrandbits(32), random.getrandbits(64), random.getrandbits(1))
random.seed(3)
print(random.uniform(1, 2), random.uniform(-10, 10))
random.seed(11)
r = random.Random(11)
print(r.random() == random.random(), r.randint(1, 6) == random.randint(1, 6))

# Exact Mersenne Twister sequences for seed(int): random(), randint, choice, shuffle.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.choice(["red", "green", "blue", "yellow"]), random.choice("abcdef"), random.choice(range(1000)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.seed(42)
first = random.random()
random.seed(42)
print(first == random.random())
random.seed(12345)
print(random.randint(0, 10 ** 12), random.randint(-5, 5), random.randint(0, 2 ** 70))
random.seed(0)
rolls = [random.randint(1, 6) for _ in range(1000)]
print(rolls[:15], sum(rolls), min(rolls), max(rolls))
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts)
random.seed(2024)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words, random.choice(words))
random.seed(2 ** 40 + 3)
print(random.random(), random.randint(1, 10))
random.seed(-5)
a = random.random()
random.seed(5)
print(a == random.random())
random.seed(99)
x = [random.random() for _ in range(1000)]
print(x[-1], 0 <= min(x), max(x) < 1)

# Seed 002_993b22a67e751a81.txt, section "3. How does asyncio work?",
# transcript "Returning values from generators", turned into a script.
# Extracted unchanged except that the echoed value of next(gen) is printed.
def test():
    yield 1
    return "abc"

gen = test()
print(next(gen))
try:
    next(gen)
except StopIteration as exc:
    print(exc.value)

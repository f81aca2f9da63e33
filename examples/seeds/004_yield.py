# Seed 004_a84904af12f6a7ee.txt, section "1.2 yield".
# Extracted unchanged (prints 1 3 4 2).
def func1():
    yield 1
    yield from func2()
    yield 2


def func2():
    yield 3
    yield 4


f1 = func1()
for item in f1:
    print(item)

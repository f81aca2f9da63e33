# Seed 003_72fd988282c62fb5.txt, section "yield keyword".
# Extracted unchanged.  Note: the tutorial claims the result is 1 3 2 4, but
# the program really prints 1 3 4 2 (func2 yields 3 and 4 before func1 yields 2).
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

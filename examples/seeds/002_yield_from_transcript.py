# Seed 002_993b22a67e751a81.txt, section "3. How does asyncio work?",
# transcript "Behold, a new keyword: yield from", turned into a script.
# Changes: the page turned the quotes around 'inner'/'outer' into ‘ ‘ (fixed
# back to ASCII quotes); the values echoed by the REPL (1, 2 and 4, lost in the
# page) are printed.
def inner():
    inner_result = yield 2
    print('inner', inner_result)
    return 3

def outer():
    yield 1
    val = yield from inner()
    print('outer', val)
    yield 4

gen = outer()
print(next(gen))
print(next(gen)) # Goes inside inner() automatically
print(gen.send("abc"))

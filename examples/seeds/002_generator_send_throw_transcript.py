# Seed 002_993b22a67e751a81.txt, section "3. How does asyncio work?",
# transcript "Communicating with a generator", turned into a script.
# Echoed values are printed; the final gen.throw(Exception()) ends in the
# REPL with a traceback whose last line is "Exception" (an exception without
# a message), printed here after catching it.
def test():
    val = yield 1
    print(val)
    yield 2
    yield 3

gen = test()
print(next(gen))
print(gen.send("abc"))
try:
    gen.throw(Exception())
except Exception as e:
    print(type(e).__name__)

# Seed 002_993b22a67e751a81.txt, section "3. How does asyncio work?" (Bharel's
# answer), first REPL transcript, turned into a script.
# The REPL echoes the value of each expression statement; the script prints
# them instead.  The page lost the echoed values (1 and 2) and most of the
# traceback of the third next(); the REPL ends with a traceback whose last line
# is "StopIteration", which the script prints after catching the exception.
def test():
    yield 1
    yield 2

gen = test()
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print(type(e).__name__)

class Timer:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("start")
        print(f"[{self.name}] enter")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        self.log.append("stop")
        print(f"[{self.name}] exit, error={exc_type.__name__ if exc_type else None}")
        return False

with Timer("job") as t:
    print("working, log =", t.log)
print("after:", t.log)

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("rolling back because:", exc)
            self.store.clear()
            self.store.update(self.snapshot)
            return True
        print("committing")

data = {"balance": 100}
with Transaction(data) as d:
    d["balance"] -= 30
print(data)
with Transaction(data) as d:
    d["balance"] -= 500
    if d["balance"] < 0:
        raise ValueError("insufficient funds")
print(data)

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)

ind = Indenter()
with ind:
    ind.say("level one")
    with ind:
        ind.say("level two")
        with ind:
            ind.say("level three")
    ind.say("back to one")
ind.say("level zero")
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

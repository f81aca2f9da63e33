import gc
class Cycle:
    def __init__(self):
        self.ref = self
for _ in range(1000):
    Cycle()
print(isinstance(gc.collect(), int))
junk = [[i] for i in range(1000)]
for lst in junk:
    lst.append(lst)
del junk
print(isinstance(gc.collect(), int))
print("done")

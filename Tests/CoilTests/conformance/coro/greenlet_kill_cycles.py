# Suspended greenlets are not collectable (like the greenlet package): one held only by cyclic
# garbage is killed when the collector clears that garbage; one in a cycle through its own frames
# stays suspended; what its frames reference stays alive.
import gc
from greenlet import greenlet, getcurrent, GreenletExit
main = getcurrent()
gc.disable()
def body(tag):
    try:
        main.switch(tag)
    except GreenletExit:
        print("  killed", tag)
    finally:
        print("  finally", tag)
class Holder: pass
h = Holder(); h.me = h; h.g = greenlet(body); print(h.g.switch("holder"))
del h
print("holder dropped")
gc.collect()
print("after collect 1")
class Worker:
    def __init__(self):
        self.g = greenlet(self.run)
    def run(self):
        try:
            main.switch("worker")
        finally:
            print("  worker finally")
w = Worker(); print(w.g.switch()); del w
gc.collect()
print("after collect 2")
def uses(obj):
    try:
        main.switch("uses")
    finally:
        print("  uses finally", obj.name)
class Obj: pass
o = Obj(); o.name = "obj"; o.me = o
g = greenlet(uses); print(g.switch(o)); del o
gc.collect()
print("o only in frame survives collect")
del g
print("end")

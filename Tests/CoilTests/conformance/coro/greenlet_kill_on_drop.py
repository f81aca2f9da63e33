# A suspended greenlet whose last reference goes away is killed: GreenletExit is raised at its
# pending switch, with the killing greenlet as its parent, and its finally blocks run at once.
import gc
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def body(tag):
    try:
        main.switch(tag)
    except GreenletExit as e:
        print("  exit", tag, repr(e), getcurrent().parent is main)
        return "ret"
    finally:
        print("  finally", tag)


g = greenlet(body)
print(g.switch("a"))
del g
print("after a")

# A temporary greenlet dies as soon as its switch() returns.
print(greenlet(body).switch("temporary"))
print("after temporary")


def local_greenlet():
    g = greenlet(body)
    print(g.switch("local"))
    print("function returns")


local_greenlet()
print("after function")

# Nested calls and a generator in the parked chain unwind in order.
def gen():
    try:
        yield 1
        main.switch("from generator")
    finally:
        print("  generator finally")


def nested():
    def inner():
        try:
            for _ in gen():
                pass
        finally:
            print("  inner finally")
    try:
        inner()
    finally:
        print("  outer finally")


g = greenlet(nested)
print(g.switch())
g = None
print("after nested")

# The killer is the current greenlet, whichever it is; a victim that switches to its parent
# was not killed yet.
def victim_body():
    try:
        getcurrent().parent.switch("victim parked")
    except GreenletExit:
        print("  victim killed by killer:", getcurrent().parent is k)
    finally:
        print("  victim finally")


def killer():
    victim = greenlet(victim_body)
    print(" ", victim.switch())
    print("  killer drops victim")
    del victim
    print("  killer continues, current is killer:", getcurrent() is k)
    return "killer done"


k = greenlet(killer)
print(k.switch())

# Greenlets in a list are killed in order when the list is cleared.
lst = [greenlet(body) for _ in range(3)]
for i, x in enumerate(lst):
    x.switch(i)
del x
lst.clear()
print("cleared")

# Unstarted and finished greenlets are dropped quietly.
greenlet(body)
done = greenlet(lambda: "finished")
print(done.switch(), done.dead)
del done

# A greenlet that catches GreenletExit and switches back to its killer is not killed (the
# switch ends the kill; the greenlet package reports it on stderr).
def stubborn():
    try:
        main.switch("stubborn")
    except GreenletExit:
        print("  stubborn caught GreenletExit, switching back")
        main.switch("ignored")
        print("  never printed")


g = greenlet(stubborn)
print(g.switch())
del g
print("after stubborn")

# A suspended greenlet that refers to itself is never killed (a cycle, like CPython's
# greenlet which does not collect active greenlets).
def self_ref():
    me = getcurrent()
    try:
        main.switch("self")
    finally:
        print("  never printed")


g = greenlet(self_ref)
print(g.switch())
del g
gc.collect()
print("end")

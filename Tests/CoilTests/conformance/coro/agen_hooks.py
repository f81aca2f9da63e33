# sys.set_asyncgen_hooks / get_asyncgen_hooks: when the hooks run and what they receive.
import sys
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


async def counter(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"  {name} finally")


events = []
keep = []


def firstiter(agen):
    events.append(("first", agen.__name__))


def finalizer(agen):
    events.append(("final", agen.__name__))
    keep.append(agen)


def show(label):
    print(label, events)
    events.clear()


h = sys.get_asyncgen_hooks()
print(type(h).__name__, type(h).__module__, h, h.firstiter, h[1], len(h), tuple(h))
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h == (firstiter, finalizer))

# Creating a generator runs nothing; the first __anext__() call (not its awaiting) does.
g = counter("a")
show("created:")
aw = g.__anext__()
show("after __anext__():")
print(run(aw), run(g.__anext__()))
show("second step:")
# Each of asend/athrow/aclose also initialises the hooks once.
for method in ("asend", "athrow", "aclose"):
    g2 = counter(method)
    if method == "asend":
        print(run(g2.asend(None)))
    elif method == "athrow":
        try:
            run(g2.athrow(ValueError("x")))
        except ValueError as e:
            print("athrow raised", e)
    else:
        print(run(g2.aclose()))
    show(method + ":")
    del g2
    show("dropped " + method + ":")

# Dropping the suspended generator calls the finalizer instead of closing it.
del aw, g
show("dropped a:")
agen = keep.pop()
print("finalizer got", type(agen).__name__, agen.__name__)
run(agen.aclose())
del agen
show("after aclose:")


# async for uses __anext__ too.
async def consume():
    async for v in counter("loop", 2):
        print("  loop value", v)


run(consume())
show("async for:")

# A generator remembers the finalizer current at its first iteration.
g = counter("b")
run(g.__anext__())
sys.set_asyncgen_hooks(finalizer=None)
del g
show("dropped b (hook removed later):")
keep.pop()
show("released b:")
g = counter("c")
run(g.__anext__())
sys.set_asyncgen_hooks(finalizer=finalizer)
del g
show("dropped c (hook installed later):")

# A generator whose hooks ran but which never started still goes to the finalizer.
g = counter("d")
g.__anext__()
del g
show("dropped unstarted d:")
keep.clear()
show("released d:")

# An exhausted generator, or one already being closed, is not finalized.
g = counter("e", 1)
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("e exhausted")
del g
show("dropped e:")


async def slow_close():
    try:
        yield 1
    finally:
        await pause("closing")
        print("  slow_close done")


g = slow_close()
run(g.__anext__())
aw = g.aclose()
print("aclose paused at", aw.send(None))
del aw, g
show("dropped while closing:")

# A firstiter hook that raises fails that first call only.
def bad_first(agen):
    raise ValueError("no " + agen.__name__)


sys.set_asyncgen_hooks(firstiter=bad_first, finalizer=None)
g = counter("f")
try:
    g.__anext__()
except ValueError as e:
    print("ValueError", e)
print(run(g.__anext__()))
run(g.aclose())

# Argument checking (the finalizer is checked and set before firstiter).
sys.set_asyncgen_hooks(None, None)
for args, kwargs in [((42,), {}), ((None, 3), {}), ((), {"firstiter": print, "finalizer": "x"}),
                     ((), {"firstiter": 1, "finalizer": print}), ((print, print, print), {}),
                     ((), {"other": print}), ((print,), {"firstiter": print}), ((), {"finalizer": print})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
        print("accepted")
    except TypeError as e:
        print("TypeError:", e)
    print(" ", sys.get_asyncgen_hooks())
    sys.set_asyncgen_hooks(None, None)
sys.set_asyncgen_hooks()
print(sys.get_asyncgen_hooks())

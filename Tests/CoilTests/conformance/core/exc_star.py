# try/except*: splitting groups between clauses, re-raising, raising in clauses.
import sys


def run(label, f):
    try:
        f()
        print(label, "-> completed")
    except BaseException as e:
        print(label, "->", repr(e))


def eg(*excs):
    return ExceptionGroup("eg", list(excs))


# Each clause takes the part it matches; the rest is re-raised as a group.
def partial():
    try:
        raise eg(ValueError(1), TypeError(2), ValueError(3), KeyError(4))
    except* ValueError as e:
        print("  ValueError clause:", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("  TypeError clause:", repr(e))


run("partial", partial)


def all_handled():
    try:
        raise eg(ValueError(1), TypeError(2))
    except* (ValueError, TypeError) as e:
        print("  both:", repr(e))
    else:
        print("  else does not run")
    finally:
        print("  finally")
    print("  after try, exc_info:", sys.exc_info())


run("all handled", all_handled)


def no_exception():
    try:
        x = 1
    except* ValueError:
        print("  not reached")
    else:
        print("  else runs", x)


run("no exception", no_exception)


# A naked exception is wrapped for the clause; unmatched it propagates unchanged.
def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped:", repr(e), e.__traceback__)


run("naked", naked)


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


run("naked reraise", naked_reraise)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not reached")


run("naked unmatched", naked_unmatched)


# A bare raise re-raises the clause's part; the parts keep the original group's structure.
def reraise_parts():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        raise


run("reraise parts", reraise_parts)


def reraise_one():
    try:
        raise eg(ValueError(1), TypeError(2))
    except* ValueError:
        raise


run("reraise one", reraise_one)


# Exceptions raised in clauses are collected with the unmatched rest into a new group.
def raise_new():
    try:
        raise eg(ValueError(1), TypeError(2), KeyError(3))
    except* ValueError as e:
        raise RuntimeError("from value clause")
    except* TypeError as e:
        raise OSError("from type clause") from e


def show_raise_new():
    try:
        raise_new()
    except ExceptionGroup as e:
        print("  message:", repr(e.message), "count:", len(e.exceptions))
        for x in e.exceptions:
            print("   ", repr(x), "| context:", repr(x.__context__), "| cause:", repr(x.__cause__))


run("raise new", show_raise_new)


def raise_single_new():
    try:
        raise eg(ValueError(1))
    except* ValueError:
        raise RuntimeError("only one")


run("raise single new", raise_single_new)


def raise_new_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise RuntimeError("replaces naked")


run("raise new naked", raise_new_naked)


# Later clauses only see what earlier ones left; a clause runs at most once.
def order():
    try:
        raise eg(ValueError(1), TypeError(2))
    except* Exception as e:
        print("  Exception clause took", repr(e))
    except* ValueError:
        print("  not reached")


run("order", order)


# Base exceptions in a BaseExceptionGroup.
def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  keyboard:", repr(e))


run("base group", base_group)


# The name is unbound after the clause, as with except.
def name_cleanup():
    e = "before"
    try:
        raise eg(ValueError(1))
    except* ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as err:
        print("  ", err)


run("name cleanup", name_cleanup)


# Loops, nested functions and nested try statements inside clauses.
def loops_inside():
    try:
        raise eg(ValueError(1), ValueError(2))
    except* ValueError as e:
        for x in e.exceptions:
            if x.args[0] == 2:
                break
            print("  loop sees", x)

        def inner():
            return "inner returns"
        print(" ", inner())
        try:
            raise eg(KeyError(5))
        except* KeyError as k:
            print("  nested clause:", repr(k))


run("loops inside", loops_inside)


# Invalid types in except*.
def bad_type_eg():
    try:
        raise eg(ValueError(1))
    except* ExceptionGroup:
        pass


def bad_type_tuple():
    try:
        raise eg(ValueError(1))
    except* (ValueError, BaseExceptionGroup):
        pass


def bad_type_int():
    try:
        raise eg(ValueError(1))
    except* 42:
        pass


for f in (bad_type_eg, bad_type_tuple, bad_type_int):
    run(f.__name__, f)


# A split() override is used (an exception from it propagates, with the group as context).
class OddGroup(ExceptionGroup):
    def split(self, t):
        raise KeyError("from split")


def odd_split():
    try:
        raise OddGroup("odd", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


def show_odd():
    try:
        odd_split()
    except KeyError as e:
        print("  KeyError", e, "context:", repr(e.__context__))


run("odd split", show_odd)


# except* in generators and coroutines, with a suspension inside the clause.
def gen():
    try:
        raise eg(ValueError(1), TypeError(2))
    except* ValueError as e:
        got = yield "in clause"
        print("  generator resumed with", got)


def drive_gen():
    g = gen()
    print(" ", next(g))
    try:
        g.send("hello")
    except ExceptionGroup as e:
        print("  generator left", repr(e))


run("generator", drive_gen)


class Pause:
    def __await__(self):
        return (yield "paused")


async def coro():
    try:
        raise eg(KeyError(1), ValueError(2))
    except* KeyError:
        await Pause()
        print("  coroutine resumed")
    return "coro done"


def drive_coro():
    c = coro()
    print(" ", c.send(None))
    try:
        c.send(None)
    except StopIteration:
        print("  not reached")
    except ExceptionGroup as e:
        print("  coroutine left", repr(e))


run("coroutine", drive_coro)

# Tracebacks of re-raised parts keep the original frames; new groups start empty.
try:
    reraise_one()
except ExceptionGroup as e:
    import traceback
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
try:
    raise_new()
except ExceptionGroup as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

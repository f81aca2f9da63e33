# BaseExceptionGroup / ExceptionGroup: construction, attributes, derive/split/subgroup.
import os
import traceback


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!>", type(e).__name__, e)


print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__new__ is BaseExceptionGroup.__new__)

# Construction rules and messages.
attempt("ok", lambda: ExceptionGroup("msg", [ValueError(1), TypeError(2)]))
attempt("tuple", lambda: ExceptionGroup("msg", (ValueError(1),)))
attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("bytes message", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", ValueError()))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not exception", lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BEG of exceptions", lambda: BaseExceptionGroup("m", [ValueError()]))
attempt("BEG of base", lambda: BaseExceptionGroup("m", [ValueError(), SystemExit(2)]))


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


attempt("MyEG base", lambda: MyEG("m", [GeneratorExit()]))
attempt("MyBEG", lambda: MyBEG("m", [ValueError()]))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(str(eg), "|", eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup("one", [ValueError()])))
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, None)
    except AttributeError as e:
        print(attr, "AttributeError", e)
eg.custom = 5
print(eg.custom, eg.__dict__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])

# derive keeps the message; the class follows the contents.
print(repr(eg.derive([KeyError(3)])), repr(eg.derive([KeyboardInterrupt()])))
attempt("derive empty", lambda: eg.derive([]))

# split and subgroup.
nested = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    KeyError("k"),
])
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.exceptions[1].message, rest.exceptions[0].message)
print(nested.split(Exception)[0] is nested, nested.split(Exception)[1])
print(nested.split(OSError))
print(repr(nested.split((KeyError, TypeError))[0]))
print(repr(nested.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
print(nested.subgroup(lambda e: True) is nested, nested.subgroup(lambda e: False))
print(repr(nested.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")[0]))
for bad in (1, (ValueError, 1), [ValueError], "ValueError"):
    attempt("split " + repr(bad), lambda: nested.split(bad))

# Parts keep the original's traceback, cause and context, and a copy of its notes.
try:
    try:
        raise OSError("context")
    except OSError as ctx:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as e:
    e.add_note("note one")
    m, r = e.split(ValueError)
    print(m.__traceback__ is e.__traceback__, repr(m.__cause__), repr(m.__context__))
    print(m.__notes__, m.__notes__ is e.__notes__, m.__suppress_context__)


# A subclass with extra state overrides derive.
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


errs = Errors("errs", [ValueError(1), TypeError(2)], 42)
print(repr(errs), errs.args, errs.code)
m, r = errs.split(TypeError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


attempt("bad derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
attempt("no derive override", lambda: MyEG("m", [ValueError(), TypeError()]).split(ValueError))

# Display of groups (nested boxes, chains inside groups, notes, width limit).
def show(e):
    # CPython names the main script by its absolute path; keep the file name only.
    text = "".join(traceback.format_exception(e))
    print(text.replace(os.path.dirname(os.path.abspath(__file__)) + "/", ""), end="")


def raise_in(f):
    try:
        f()
    except BaseException as e:
        return e


def leaf(i):
    raise ValueError(i)


excs = [raise_in(lambda i=i: leaf(i)) for i in range(2)]
show(ExceptionGroup("plain", [ValueError(1), KeyError("k")]))


def two_level():
    try:
        raise OSError("first")
    except OSError:
        raise ExceptionGroup("top", [excs[0], ExceptionGroup("sub", [excs[1], TypeError("t")])])


e = raise_in(two_level)
e.add_note("added note")
show(e)


def inner_last():
    raise ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [ValueError(2)])])


show(raise_in(inner_last))
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup("level %d" % i, [deep])
show(deep)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: no exception")
            return False
        if issubclass(exc_type, self.types):
            print("  exit: suppressing", exc_type.__name__, exc)
            return True
        print("  exit: letting", exc_type.__name__, "propagate")
        return None

with Suppress(KeyError):
    {}["missing"]
print("after suppressed KeyError")

with Suppress(ValueError, TypeError):
    int("nope")
print("after suppressed ValueError")

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)

with Suppress(Exception):
    print("  no error in body")

class Recorder:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *args):
        exc_type, exc, tb = args
        print("exit got", exc_type.__name__ if exc_type else None, repr(exc), (tb is None) == (exc is None))

try:
    with Recorder():
        raise RuntimeError("info")
except RuntimeError:
    print("re-raised since __exit__ returned None")

with Recorder():
    pass

def suppressed_in_function():
    with Suppress(IndexError):
        [][0]
        return "not reached"
    return "after with"
print(suppressed_in_function())

class Broken:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with Broken():
        print("never")
except OSError as e:
    print("enter failed:", e)

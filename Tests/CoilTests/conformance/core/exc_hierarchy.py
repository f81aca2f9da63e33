def chain(cls):
    return [c.__name__ for c in cls.__mro__]

for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            LookupError, KeyError, IndexError, ValueError, UnicodeDecodeError, TypeError,
            AttributeError, NameError, UnboundLocalError, RuntimeError, RecursionError,
            NotImplementedError, StopIteration, AssertionError, ImportError,
            ModuleNotFoundError, OSError, FileNotFoundError, PermissionError,
            SystemExit, KeyboardInterrupt, GeneratorExit, SyntaxError, IndentationError,
            TabError, EOFError, MemoryError, FloatingPointError, UnicodeError,
            UnicodeEncodeError, BufferError, StopAsyncIteration, IsADirectoryError,
            FileExistsError, TimeoutError, ConnectionError, BrokenPipeError, ReferenceError]:
    print(chain(cls))

print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(Warning, Exception), chain(UserWarning), chain(DeprecationWarning))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__bases__])
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise FileNotFoundError("x")
except OSError as e:
    print("OSError caught", type(e).__name__)

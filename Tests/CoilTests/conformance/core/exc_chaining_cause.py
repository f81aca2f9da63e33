class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e

try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, e.__context__ is e.__cause__)

try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise ValueError("v") from TypeError
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as e:
    cause = e.__cause__
    print(type(cause).__name__, cause, cause.__cause__, cause.__context__)

e = Exception("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print(type(err).__name__, err)
ex = ValueError("manual")
ex.__cause__ = KeyError("set by hand")
print(repr(ex.__cause__), ex.__suppress_context__)

# Exception context/state across yields.
import sys


def handler():
    try:
        raise KeyError('first')
    except KeyError:
        yield 'in except'
        # The handled exception is still the context after resuming.
        raise ValueError('second')

g = handler()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)


def show_exc_info():
    print('  gen sees', sys.exc_info()[0])
    yield
    print('  gen sees', sys.exc_info()[0])
    try:
        raise IndexError
    except IndexError:
        yield
        print('  gen sees', sys.exc_info()[0])
    print('  gen sees', sys.exc_info()[0])
    yield

g = show_exc_info()
next(g)
try:
    raise TypeError
except TypeError:
    # The caller's exception is visible inside the generator.
    next(g)
    print('caller sees', sys.exc_info()[0])
    next(g)
    print('caller sees', sys.exc_info()[0])
print('caller sees', sys.exc_info()[0])
print(next(g, 'generator finished'))

# Exception raised inside the generator has the thrown exception as context.
def rethrow():
    try:
        yield 1
    except ZeroDivisionError:
        raise RuntimeError('wrapped')

g = rethrow()
next(g)
try:
    g.throw(ZeroDivisionError('zero'))
except RuntimeError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)

# raise ... from inside a generator.
def chained():
    try:
        yield 1
    except ValueError as e:
        raise LookupError('lookup') from e

g = chained()
next(g)
try:
    g.throw(ValueError('v'))
except LookupError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__)

# Bare raise inside a generator re-raises the exception being handled.
def reraiser():
    try:
        raise OSError('os')
    except OSError:
        yield 'pause'
        raise

g = reraiser()
next(g)
try:
    next(g)
except OSError as e:
    print('re-raised', type(e).__name__, e)

# exception in a caller's except block has no context leak from generator
def clean():
    yield 1

try:
    raise NameError('outer')
except NameError:
    g = clean()
    next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration context is None:', e.__context__ is None)

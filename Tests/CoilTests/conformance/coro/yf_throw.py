# yield from passes throw() to the innermost generator.

def inner():
    while True:
        try:
            yield 'inner waiting'
        except ValueError as e:
            print('  inner handled', e)
            yield 'inner recovered'


def outer():
    try:
        yield from inner()
    except KeyError as e:
        print('  outer handled', repr(e))
        yield 'outer recovered'
    finally:
        print('  outer finally')


g = outer()
print(next(g))
# handled by inner
print(g.throw(ValueError('v1')))
print(next(g))
# not handled by inner: inner is finished, propagates to outer
print(g.throw(KeyError('k1')))
try:
    next(g)
except StopIteration:
    print('outer finished')

# An exception not handled anywhere propagates out of throw().
def inner2():
    try:
        yield 1
    finally:
        print('  inner2 finally')

def outer2():
    try:
        yield from inner2()
    finally:
        print('  outer2 finally')

g = outer2()
next(g)
try:
    g.throw(TypeError('nobody handles this'))
except TypeError as e:
    print(type(e).__name__, e)
print(list(g))

# Inner converts the exception into a return value.
def inner3():
    try:
        yield 'pending'
    except ArithmeticError as e:
        return f'inner3 returned after {type(e).__name__}'

def outer3():
    result = yield from inner3()
    yield result

g = outer3()
next(g)
print(g.throw(ZeroDivisionError))

# throw with three levels and a StopIteration from the innermost.
def deep():
    try:
        yield 'deep'
    except LookupError:
        return 'deep value'

def mid():
    v = yield from deep()
    return 'mid(' + v + ')'

def top():
    v = yield from mid()
    yield 'top(' + v + ')'

g = top()
print(next(g))
print(g.throw(IndexError))

# Throwing GeneratorExit into a delegating generator.
def inner4():
    try:
        yield 1
    except GeneratorExit:
        print('  inner4 got GeneratorExit')
        raise

def outer4():
    try:
        yield from inner4()
    except GeneratorExit:
        print('  outer4 got GeneratorExit')
        raise

g = outer4()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')

# The 3-argument and type forms also reach the inner generator.
g = outer()
next(g)
print(g.throw(ValueError, ValueError('three-arg'), None))
print(next(g))
print(g.throw(ValueError))
g.close()

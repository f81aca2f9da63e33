# generator.throw() in its different forms.

def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('  caught ValueError', e.args)
            yield 'handled ' + str(e)
        except KeyError as e:
            print('  caught KeyError', e)
            return 'finished by KeyError'


g = catcher()
print(next(g))
# throw(type)
print(g.throw(ValueError))
print(next(g))
# throw(instance)
print(g.throw(ValueError('boom')))
print(next(g))
# throw(type, value)
print(g.throw(ValueError, 'from args'))
print(next(g))
# throw(type, instance, None)  (three-argument form, deprecated in 3.12)
print(g.throw(ValueError, ValueError('x'), None))
print(next(g))
# Exception that ends the generator with a return value.
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print('StopIteration value:', e.value)

# Unhandled exception propagates out of throw() and finishes the generator.
g = catcher()
next(g)
try:
    g.throw(TypeError('not handled'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print('generator is finished')

# Throwing into a just-started generator raises at the very start,
# the body never runs.
def body():
    print('  body runs')
    yield 1

g = body()
try:
    g.throw(RuntimeError('early'))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(g))

# Throwing into an exhausted generator raises the exception directly.
g = body()
print(list(g))
try:
    g.throw(IndexError('late'))
except IndexError as e:
    print(type(e).__name__, e)

# Bad arguments.
g = catcher()
next(g)
try:
    g.throw(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(ValueError('a'), ValueError('b'))
except TypeError as e:
    print(type(e).__name__, e)
print(next(g))

# The thrown exception carries the traceback of the generator frame
def finally_and_throw():
    try:
        yield 1
    finally:
        print('  finally ran')

g = finally_and_throw()
next(g)
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print(type(e).__name__, e.args, e.__traceback__ is not None)

# throw with a StopIteration instance inside generator -> RuntimeError (PEP 479)
g = finally_and_throw()
next(g)
try:
    g.throw(StopIteration('x'))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

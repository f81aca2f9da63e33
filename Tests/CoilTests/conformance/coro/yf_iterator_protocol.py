# yield from delegating to iterators that lack send/throw/close.

class PlainIterator:
    """Has only __iter__/__next__."""
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration('plain done')
        return self.i


def delegate(it):
    result = yield from it
    yield ('result', result)


# next() and send(None) work: they use __next__.
g = delegate(PlainIterator())
print(next(g))
print(g.send(None))
print(next(g))
print(next(g))       # StopIteration('plain done') from the iterator -> result

# send(value) needs a send method: AttributeError.
g = delegate(PlainIterator())
next(g)
try:
    g.send('x')
except AttributeError as e:
    print(type(e).__name__, e)
print('delegating generator finished:', g.gi_frame is None)

# throw() without a throw method raises the exception in the delegator.
def delegate_catching(it):
    try:
        yield from it
    except KeyError as e:
        print('  delegator caught', repr(e))
        yield 'caught in delegator'

g = delegate_catching(PlainIterator())
next(g)
print(g.throw(KeyError('k')))

# An iterator with send/throw/close methods gets them called.
class Full:
    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        self.log.append('next')
        return 'n'

    def send(self, value):
        self.log.append(('send', value))
        if value == 'finish':
            raise StopIteration('finished by send')
        return 's'

    def throw(self, typ, val=None, tb=None):
        self.log.append(('throw', typ.__name__))
        return 't'

    def close(self):
        self.log.append('close')


f = Full()
g = delegate(f)
print(next(g), g.send(1), g.send(None), g.throw(ValueError), next(g))
print(g.send('finish'))
print(f.log)

f = Full()
g = delegate(f)
next(g)
g.close()
print(f.log)

# An iterator whose __next__ raises StopIteration with a value.
class ValueIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(123)

print(list(delegate(ValueIter())))

# A list iterator has no send: sending a value fails.
g = delegate(iter([1, 2]))
next(g)
try:
    g.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

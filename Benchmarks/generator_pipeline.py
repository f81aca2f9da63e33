# A chain of five generators over one million items.
def source(n):
    for i in range(n):
        yield i


def square(xs):
    for x in xs:
        yield x * x


def keep_odd(xs):
    for x in xs:
        if x & 1:
            yield x


def add_index(xs):
    i = 0
    for x in xs:
        yield x + i
        i += 1


def modulo(xs, m):
    for x in xs:
        yield x % m


total = sum(modulo(add_index(keep_odd(square(source(1_000_000)))), 1_000_003))
print('pipeline checksum', total)

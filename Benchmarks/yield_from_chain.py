# yield from chains of depth 20, driven many times with next() and send().
def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total


def chain(depth, n):
    if depth == 0:
        return (yield from leaf(n))
    return (yield from chain(depth - 1, n)) + 1


def drive(rounds, depth, items):
    checksum = 0
    for r in range(rounds):
        g = chain(depth, items)
        value = next(g)
        try:
            while True:
                checksum += value
                value = g.send(r & 3)
        except StopIteration as e:
            checksum += e.value
    return checksum


print('checksum', drive(12_000, 20, 20))

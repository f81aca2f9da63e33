# Generator pipelines: each stage consumes the previous one lazily.

LOG = '''\
INFO start service
WARN disk 80%
ERROR disk full
INFO retry
ERROR timeout talking to db
INFO stop service
'''


def read_lines(text):
    for line in text.splitlines():
        print('  read:', line)
        yield line


def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line


def fields(lines):
    for line in lines:
        level, _, message = line.partition(' ')
        yield level, message


def numbered(items, start=1):
    n = start
    for item in items:
        yield n, item
        n += 1


pipeline = numbered(fields(grep('ERROR', read_lines(LOG))))
print('pipeline built, nothing read yet')
for n, (level, message) in pipeline:
    print(n, level, message)

# Numeric pipeline.
def integers(n):
    yield from range(1, n + 1)

def squares(xs):
    for x in xs:
        yield x * x

def evens(xs):
    return (x for x in xs if x % 2 == 0)

def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total

print(list(running_sum(evens(squares(integers(10))))))
print(sum(squares(integers(1000))))

# Push-based pipeline with coroutines (send).
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@coroutine
def mapper(func, target):
    try:
        while True:
            target.send(func((yield)))
    except GeneratorExit:
        print('  mapper closing target')
        target.close()

sink = mapper(str.upper, filter_co(lambda s: s.startswith('A'), printer('got:')))
for word in ['apple', 'banana', 'avocado', 'cherry', 'apricot']:
    sink.send(word)
sink.close()

# Broadcast to several targets.
@coroutine
def collector(bucket):
    while True:
        bucket.append((yield))

@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

a, b = [], []
bc = broadcast([collector(a), filter_co(lambda x: x > 2, collector(b))])
for i in range(5):
    bc.send(i)
print(a, b)

# Batching stage that flushes leftovers when the input ends.
def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(7), 3)))
print(list(batched([], 3)))

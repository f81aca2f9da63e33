# Ping-pong and producer/consumer with greenlets.
from greenlet import greenlet


def ping(n):
    for i in range(n):
        print('ping', i)
        pong_g.switch(i)
    return 'ping done'


def pong(value):
    while True:
        print('  pong', value)
        value = ping_g.switch()


ping_g = greenlet(ping)
pong_g = greenlet(pong)
print(ping_g.switch(3))
print('ping dead', ping_g.dead, '| pong dead', pong_g.dead)


# Producer/consumer where the consumer pulls items.
def producer():
    for item in ['apple', 'banana', 'cherry']:
        print('produced', item)
        consumer_g.switch(item)
    consumer_g.switch(None)


def consumer():
    items = []
    while True:
        item = producer_g.switch()
        if item is None:
            break
        print('consumed', item)
        items.append(item.upper())
    return items


producer_g = greenlet(producer)
consumer_g = greenlet(consumer)
print(consumer_g.switch())


# A generator implemented with greenlets.
class GreenletGenerator:
    def __init__(self, func):
        self.func = func
        self.g = None

    def __iter__(self):
        return self

    def __next__(self):
        if self.g is None:
            self.g = greenlet(self._run)
        value = self.g.switch()
        if self.g.dead:
            raise StopIteration
        return value

    def _run(self):
        self.func(self.g.parent.switch)


def count_to(n):
    def body(emit):
        for i in range(1, n + 1):
            emit(i * i)
    return GreenletGenerator(body)


print(list(count_to(5)))
print(sum(count_to(100)))


# Many greenlets in a ring passing a token.
N = 10
ring = []

def make(index):
    def run(token):
        while True:
            token = token + [index]
            if len(token) >= 2 * N:
                return token
            token = ring[(index + 1) % N].switch(token)
    return greenlet(run)

ring = [make(i) for i in range(N)]
result = ring[0].switch([])
print(len(result), result[:12])

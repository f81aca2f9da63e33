# 1,000,000 greenlet switches between two greenlets.
from greenlet import greenlet

N = 500_000


def ping():
    total = 0
    for i in range(N):
        total += pong_g.switch(i)
    return total


def pong(value):
    while True:
        value = ping_g.switch(value * 2 + 1)


ping_g = greenlet(ping)
pong_g = greenlet(pong)
print('total', ping_g.switch(), 'switches', 2 * N)

# A greenlet switch from inside a generator resumed by g.send()/next() called from Python
# code: the generator runs in the caller's run loop, so its frames park with the greenlet.
import greenlet

main = greenlet.getcurrent()


def gen():
    x = yield 1
    got = main.switch('from gen', x)
    print('gen resumed with', got)
    y = yield 2
    return ('gen done', y)


g = gen()


def body():
    print(next(g))
    print(g.send('sent'))
    try:
        g.send('last')
    except StopIteration as e:
        print('stop', e.value)
    return 'body done'


gl = greenlet.greenlet(body)
print(gl.switch())
print(gl.switch('back'))
print(gl.dead)

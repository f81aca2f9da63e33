# A greenlet switch from inside a yield-from chain resumed by a for loop (the chain runs its
# innermost generator directly), and frame links across the delegation.
import sys
import greenlet


def inner():
    print('inner caller (first run)', sys._getframe().f_back.f_code.co_name)
    yield 1
    print('inner caller (resumed)', sys._getframe().f_back.f_code.co_name)
    print('back in inner with', main.switch('from inner'))
    yield 2


def middle():
    r = yield from inner()
    return r


def outer():
    yield from middle()
    yield 3


def body():
    for v in outer():
        print('got', v)
    return 'body done'


main = greenlet.getcurrent()
gl = greenlet.greenlet(body)
print(gl.switch())
print(gl.switch('resume value'))
print(gl.dead)

# await in many expression positions.

class Value:
    """Awaitable that suspends once and then produces its value."""
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ('suspend', self.v)
        return self.v


async def val(v):
    return await Value(v)


async def positions():
    results = []
    # arithmetic
    results.append(await val(1) + await val(2) * await val(3))
    # unary and comparison
    results.append(-await val(5) < await val(0))
    # call arguments, positional and keyword
    results.append(max(await val(4), await val(9), key=abs))
    results.append(dict(a=await val('A')))
    # subscript and attribute of the result
    results.append((await val([10, 20, 30]))[1])
    results.append((await val('text')).upper())
    # containers
    results.append([await val(i) for i in range(3)])
    results.append({await val('k'): await val('v')})
    results.append((await val(1), await val(2)))
    results.append({await val(7)})
    # conditional expression
    results.append(await val('yes') if await val(True) else await val('no'))
    # boolean short-circuit: the right side is not awaited
    results.append(await val(0) or await val('fallback'))
    results.append(await val(0) and await val('never'))
    # f-string
    results.append(f'<{await val("f")}>')
    # if / while conditions
    if await val(True):
        results.append('if ok')
    n = 0
    while await val(n) < 3:
        n += 1
    results.append(('while', n))
    # augmented assignment
    total = 100
    total += await val(11)
    results.append(total)
    # unpacking
    a, b = await val((1, 2))
    results.append(a + b)
    # return of await in nested function call
    results.append(len(str(await val(12345))))
    # await in a lambda body is not allowed, but awaiting a lambda's result is
    f = lambda x: val(x * 2)
    results.append(await f(21))
    # chained awaits of awaits
    async def make():
        return val('nested')
    results.append(await (await make()))
    # await as the iterable of a for loop
    for item in await val('ab'):
        results.append(item)
    # with await in a slice
    results.append('abcdef'[await val(1):await val(4)])
    # await inside an assert / del target index
    assert await val(True), 'not reached'
    d = {'x': 1, 'y': 2}
    del d[await val('x')]
    results.append(d)
    # walrus
    if (w := await val(99)) > 50:
        results.append(w)
    # star-args
    results.append(sum([*await val([1, 2]), *await val((3,))]))
    return results


c = positions()
suspensions = 0
while True:
    try:
        c.send(None)
        suspensions += 1
    except StopIteration as e:
        for r in e.value:
            print(repr(r))
        break
print('suspensions:', suspensions)

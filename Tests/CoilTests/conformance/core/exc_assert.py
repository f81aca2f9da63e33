def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args, repr(str(e)))
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
assert True, "never shown"
pair = (1, 2)
assert pair
print("assert with tuple is truthy")
def message_not_evaluated():
    print("evaluated!")
    return "msg"
assert True, message_not_evaluated()
try:
    assert False, message_not_evaluated()
except AssertionError as e:
    print("got", e)
x = 3
assert x == 3 and isinstance(x, int)
print("done")

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("loop", i)
else:
    print("while finished normally, i =", i)

j = 0
while True:
    j += 1
    if j > 3:
        break
print("broke out at", j)

k = 10
while k > 0:
    if k == 7:
        print("breaking at 7")
        break
    k -= 1
else:
    print("this else does not run")

m = 0
while m < 0:
    print("never")
else:
    print("else runs even when body never executes")

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print("fib", a, b)

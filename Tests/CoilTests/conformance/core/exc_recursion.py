def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)

class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError:
    print("method recursion caught")

def still_works_after(n):
    return 0 if n == 0 else 1 + still_works_after(n - 1)
print("recovered, depth 500 ->", still_works_after(500))
count = 0
def counted():
    global count
    count += 1
    counted()
try:
    counted()
except RecursionError:
    print("recursed more than 100 times:", count > 100)

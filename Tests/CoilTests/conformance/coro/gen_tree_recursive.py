# Recursive generators with yield from: tree traversals, permutations, flattening.

class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)


def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.value


def insert(node, value):
    if node is None:
        return Node(value)
    if value < node.value:
        node.left = insert(node.left, value)
    else:
        node.right = insert(node.right, value)
    return node


root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)

print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))


def paths(node, prefix=()):
    if node is None:
        return
    here = prefix + (node.value,)
    if node.left is None and node.right is None:
        yield here
    yield from paths(node.left, here)
    yield from paths(node.right, here)

for p in paths(root):
    print(p)


def depth_count(node):
    """Returns the number of nodes via the yield from value."""
    if node is None:
        return 0
    yield node.value
    left = yield from depth_count(node.left)
    right = yield from depth_count(node.right)
    return 1 + left + right

g = depth_count(root)
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as e:
        print('count', e.value, 'seen', len(seen))
        break


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [], [[8]]])))


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield items[i:i + 1] + perm

print(list(permutations('abc')))
print(sum(1 for _ in permutations(list(range(6)))))


def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, 'A', 'C', 'B'))
print(len(moves), moves[:4])
print(len(list(hanoi(10, 'A', 'C', 'B'))))


# Deep (but below the recursion limit) balanced tree.
def build(depth):
    if depth == 0:
        return None
    return Node(depth, build(depth - 1), build(depth - 1))

big = build(12)
print(sum(inorder(big)), sum(1 for _ in preorder(big)))

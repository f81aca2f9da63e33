class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for item in reversed(list(iterable)):
            self.push(item)

    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    class _Iter:
        def __init__(self, node):
            self.node = node
        def __iter__(self):
            return self
        def __next__(self):
            if self.node is None:
                raise StopIteration
            value = self.node.value
            self.node = self.node.next
            return value

    def __iter__(self):
        return self._Iter(self.head)

    def __len__(self):
        return self.size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        def _insert(node):
            if node is None:
                self.count += 1
                return [key, None, None]
            if key < node[0]:
                node[1] = _insert(node[1])
            elif key > node[0]:
                node[2] = _insert(node[2])
            return node
        self.root = _insert(self.root)

    class _InOrder:
        """In-order traversal with an explicit stack."""
        def __init__(self, root):
            self.stack = []
            self._push_left(root)
        def _push_left(self, node):
            while node:
                self.stack.append(node)
                node = node[1]
        def __iter__(self):
            return self
        def __next__(self):
            if not self.stack:
                raise StopIteration
            node = self.stack.pop()
            self._push_left(node[2])
            return node[0]

    def __iter__(self):
        return self._InOrder(self.root)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False

    def __len__(self):
        return self.count


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll)
ll.reverse()
print(list(ll), ll.pop(), ll)
print([x * 10 for x in ll], sum(ll), max(ll))
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    tree.insert(k)
print(list(tree), len(tree), tree.height())
print(40 in tree, 45 in tree, min(tree), sorted(tree, reverse=True)[:3])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), len(words))
it = iter(tree)
print(next(it), next(it), next(it))

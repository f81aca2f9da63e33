class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.prev = None

class Parent:
    def __init__(self):
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = self

class Child:
    pass

linked = 0
for i in range(5000):
    head = Node(0)
    cur = head
    for v in range(1, 10):
        n = Node(v)
        cur.next = n
        n.prev = cur
        cur = n
    cur.next = head
    head.prev = cur
    linked += 1
print("circular doubly-linked lists built:", linked)
walk = []
n = head
for _ in range(12):
    walk.append(n.value)
    n = n.next
print(walk)

families = 0
for i in range(5000):
    p = Parent()
    for _ in range(3):
        p.add(Child())
    families += 1
print("families:", families, len(p.children), p.children[0].parent is p)

class SelfRef:
    def __init__(self):
        self.me = self
        self.data = list(range(10))
objs = 0
for _ in range(20000):
    s = SelfRef()
    objs += 1
print("self-referencing objects:", objs, s.me.me is s)

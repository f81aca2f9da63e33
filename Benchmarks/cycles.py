# Creates 2 million reference cycles: self-referencing lists and object pairs.
class Node:
    __slots__ = ('other', 'value')

    def __init__(self, value):
        self.value = value
        self.other = None


def make_cycles(n):
    created = 0
    for i in range(n):
        lst = [i]
        lst.append(lst)           # self-referencing list
        a = Node(i)
        b = Node(i + 1)
        a.other = b               # a <-> b
        b.other = a
        created += 2
    return created


print('cycles', make_cycles(1_000_000))

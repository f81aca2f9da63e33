# A binary min-heap priority queue written by hand, used for task scheduling and Dijkstra.
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0

    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        heap = self._heap
        heap.append(entry)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        heap = self._heap
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while True:
                left, right = 2 * i + 1, 2 * i + 2
                smallest = i
                if left < n and heap[left] < heap[smallest]:
                    smallest = left
                if right < n and heap[right] < heap[smallest]:
                    smallest = right
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top[0], top[2]

    def peek(self):
        return self._heap[0][0], self._heap[0][2]

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)


pq = PriorityQueue()
for priority, task in [(3, "write docs"), (1, "fix bug"), (4, "refactor"), (1, "deploy"), (2, "review"), (5, "lunch")]:
    pq.push(priority, task)
print(len(pq), pq.peek())
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except IndexError as e:
    print(type(e).__name__, e)

def heap_sort(values):
    q = PriorityQueue()
    for v in values:
        q.push(v, v)
    return [q.pop()[1] for _ in range(len(values))]
print(heap_sort([9, 4, 7, 1, 8, 2, 2, 6, 0, -3]))

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}

def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    q = PriorityQueue()
    q.push(0, start)
    visited = set()
    while q:
        d, node = q.pop()
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                q.push(nd, nxt)
    return dist, prev

dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()))
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
path.append("A")
print(" -> ".join(reversed(path)), dist["E"])

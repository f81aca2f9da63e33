maze = """
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########
"""

def parse(text):
    grid = [list(line) for line in text.strip().splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end

def neighbours(grid, pos):
    r, c = pos
    result = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            result.append((nr, nc))
    return result

def bfs(grid, start, end):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        for nxt in neighbours(grid, cur):
            if nxt not in came_from:
                came_from[nxt] = cur
                queue.append(nxt)
    if end not in came_from:
        return None, len(came_from)
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1], len(came_from)

def dfs_count_paths(grid, pos, end, seen):
    if pos == end:
        return 1
    total = 0
    seen.add(pos)
    for nxt in neighbours(grid, pos):
        if nxt not in seen:
            total += dfs_count_paths(grid, nxt, end, seen)
    seen.discard(pos)
    return total

grid, start, end = parse(maze)
print("start", start, "end", end)
path, explored = bfs(grid, start, end)
print("shortest path length", len(path) - 1, "explored", explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
grid2, s2, e2 = parse(maze)
print("simple paths:", dfs_count_paths(grid2, s2, e2, set()))
blocked = maze.replace("#.#####.#", "#.#######")
g3, s3, e3 = parse(blocked)
print(bfs(g3, s3, e3))

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def topo_sort(graph):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError(f"cycle at {n}")
        state[n] = "active"
        for m in graph[n]:
            visit(m)
        state[n] = "done"
        order.append(n)
    for n in sorted(graph):
        visit(n)
    return order[::-1]
print(topo_sort(graph))
graph["f"].append("a")
try:
    topo_sort(graph)
except ValueError as e:
    print(type(e).__name__, e)

class Life:
    def __init__(self, pattern, width, height, wrap=True):
        self.width, self.height, self.wrap = width, height, wrap
        self.alive = set()
        for y, row in enumerate(pattern.strip("\n").splitlines()):
            for x, ch in enumerate(row):
                if ch == "#":
                    self.alive.add((x, y))
        self.generation = 0

    def neighbours(self, x, y):
        count = 0
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx == dy == 0:
                    continue
                nx, ny = x + dx, y + dy
                if self.wrap:
                    nx %= self.width
                    ny %= self.height
                if (nx, ny) in self.alive:
                    count += 1
        return count

    def step(self):
        new = set()
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and (x, y) in self.alive):
                    new.add((x, y))
        self.alive = new
        self.generation += 1

    def render(self):
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.width))
                         for y in range(self.height))

    def bounding_box(self):
        if not self.alive:
            return None
        xs = [x for x, _ in self.alive]
        ys = [y for _, y in self.alive]
        return min(xs), min(ys), max(xs), max(ys)


glider = """
.#...
..#..
###..
"""
life = Life(glider, 8, 8)
print(life.render())
for _ in range(4):
    life.step()
print("generation", life.generation, "population", len(life.alive), "box", life.bounding_box())
print(life.render())
blinker = Life("###", 5, 5, wrap=False)
blinker.alive = {(x + 1, 2) for x, _ in blinker.alive}
states = []
for _ in range(4):
    states.append(sorted(blinker.alive))
    blinker.step()
print(states[0] == states[2], states[1] == states[3], states[0] != states[1])
print(states[1])
block = Life("##\n##", 4, 4)
block.step()
print(sorted(block.alive), block.generation)
life2 = Life(glider, 8, 8)
for _ in range(32):
    life2.step()
print("after 32 generations the glider wrapped around:", sorted(life2.alive) == sorted(Life(glider, 8, 8).alive))

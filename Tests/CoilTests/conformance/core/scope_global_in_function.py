total = 0
items = []

def add(n):
    global total
    total += n
    items.append(n)

for v in [5, 10, 15]:
    add(v)
print(total, items)

def create_config():
    global CONFIG
    CONFIG = {"debug": True}
create_config()
print(CONFIG)

def reset():
    global total, items
    total = 0
    items = []
reset()
print(total, items)

def shadows_but_reads_global():
    result = total + 1
    return result
print(shadows_but_reads_global())

def nested_global():
    def inner():
        global total
        total = 999
    inner()
nested_global()
print(total)

counter = 0
def increment_twice():
    global counter
    for _ in range(2):
        counter += 1
    return counter
print(increment_twice(), increment_twice())
def local_same_name():
    counter = "local"
    return counter
print(local_same_name(), counter)

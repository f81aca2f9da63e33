class TransitionError(Exception):
    pass


class StateMachine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.transitions = {}
        for src, event, dst in transitions:
            self.transitions.setdefault(src, {})[event] = dst
        self.history = [initial]
        self.listeners = []

    def on_change(self, callback):
        self.listeners.append(callback)
        return callback

    def allowed(self):
        return sorted(self.transitions.get(self.state, {}))

    def fire(self, event):
        try:
            new_state = self.transitions[self.state][event]
        except KeyError:
            raise TransitionError(
                f"{self.name}: cannot {event!r} from {self.state!r} (allowed: {', '.join(self.allowed()) or 'none'})"
            ) from None
        old, self.state = self.state, new_state
        self.history.append(new_state)
        for cb in self.listeners:
            cb(old, event, new_state)
        return self


order = StateMachine("order-17", "cart", [
    ("cart", "checkout", "pending"),
    ("pending", "pay", "paid"),
    ("pending", "cancel", "cancelled"),
    ("paid", "ship", "shipped"),
    ("paid", "refund", "refunded"),
    ("shipped", "deliver", "delivered"),
    ("delivered", "return", "refunded"),
])

log = []
@order.on_change
def record(old, event, new):
    log.append(f"{old} --{event}--> {new}")

print(order.state, order.allowed())
order.fire("checkout").fire("pay")
print(order.state, order.allowed())
for event in ["checkout", "ship", "deliver", "pay", "return", "ship"]:
    try:
        order.fire(event)
        print("ok:", event, "->", order.state)
    except TransitionError as e:
        print("error:", e)
print(" | ".join(log))
print(order.history)

def run_turnstile(events):
    t = StateMachine("turnstile", "locked", [
        ("locked", "coin", "unlocked"), ("locked", "push", "locked"),
        ("unlocked", "push", "locked"), ("unlocked", "coin", "unlocked"),
    ])
    counts = {}
    @t.on_change
    def count(old, event, new):
        counts[(old, new)] = counts.get((old, new), 0) + 1
    for e in events:
        t.fire(e)
    return t.state, sorted(counts.items())

print(run_turnstile("coin push push coin coin push".split()))

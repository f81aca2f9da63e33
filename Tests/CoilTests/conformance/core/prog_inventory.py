class InventoryError(Exception):
    """Base class for inventory problems."""

class UnknownItemError(InventoryError, KeyError):
    def __init__(self, sku):
        super().__init__(sku)
        self.sku = sku
    def __str__(self):
        return f"unknown item {self.sku!r}"

class OutOfStockError(InventoryError):
    def __init__(self, sku, requested, available):
        super().__init__(f"{sku}: requested {requested}, only {available} available")
        self.shortfall = requested - available

class Item:
    def __init__(self, sku, name, price, qty=0):
        if price < 0:
            raise ValueError(f"negative price for {sku}")
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(f"add {item.sku} x{item.qty}")

    def get(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItemError(sku) from None

    def remove(self, sku, qty):
        item = self.get(sku)
        if qty > item.qty:
            raise OutOfStockError(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(f"remove {sku} x{qty}")
        return item.price * qty

    def fulfil(self, order):
        """All-or-nothing: roll back on any failure."""
        snapshot = {sku: it.qty for sku, it in self._items.items()}
        total = 0
        try:
            for sku, qty in order:
                total += self.remove(sku, qty)
        except InventoryError:
            for sku, qty in snapshot.items():
                self._items[sku].qty = qty
            self.log.append("rollback")
            raise
        else:
            self.log.append(f"order ok {total:.2f}")
            return total
        finally:
            self.log.append("order processed")

    def total_value(self):
        return sum(it.value for it in self._items.values())

    def low_stock(self, threshold=5):
        return sorted(sku for sku, it in self._items.items() if it.qty < threshold)

inv = Inventory()
for args in [("A1", "widget", 2.50, 10), ("B2", "gadget", 10.00, 3), ("C3", "doohickey", 0.75, 100), ("A1", "widget", 2.50, 5)]:
    inv.add(Item(*args))
try:
    inv.add(Item("X", "bad", -1))
except ValueError as e:
    print("ValueError:", e)
print(inv.get("A1"), f"{inv.total_value():.2f}", inv.low_stock())
print(f"{inv.fulfil([('A1', 5), ('C3', 20)]):.2f}")
for order in [[("A1", 1), ("B2", 5)], [("Z9", 1)], [("C3", 80), ("C3", 1)]]:
    try:
        inv.fulfil(order)
    except OutOfStockError as e:
        print("OutOfStockError:", e, "| shortfall", e.shortfall)
    except UnknownItemError as e:
        print("UnknownItemError:", e, "| is KeyError:", isinstance(e, KeyError), "| sku:", e.sku)
print(inv.get("A1").qty, inv.get("C3").qty, inv.get("B2").qty)
for line in inv.log:
    print(" ", line)
try:
    inv.get("nope")
except LookupError as e:
    print(type(e).__name__, [c.__name__ for c in type(e).__mro__])

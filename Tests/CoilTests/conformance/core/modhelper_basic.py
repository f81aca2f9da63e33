"""Helper module for the import tests (not a test itself)."""

GREETING = "hello from modhelper_basic"
counter = 0
_private_value = "private"


def greet(name):
    return f"{GREETING}, {name}"


def bump():
    global counter
    counter += 1
    return counter


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides from {__name__}"


if __name__ == "__main__":
    print("modhelper_basic run directly")

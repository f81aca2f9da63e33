import modhelper_circular_b

NAME = "a"


def from_a():
    return "from_a sees " + modhelper_circular_b.NAME

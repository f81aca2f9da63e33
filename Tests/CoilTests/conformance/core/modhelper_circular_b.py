import modhelper_circular_a

NAME = "b"


def from_b():
    return "from_b sees " + modhelper_circular_a.NAME

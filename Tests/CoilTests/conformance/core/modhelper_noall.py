import math as _math

PUBLIC_CONST = "public"
_private_const = "private"


def public_func():
    return "public_func called"


def _private_func():
    return "private"


class PublicClass:
    pass


def area(r):
    return round(_math.pi * r * r, 3)

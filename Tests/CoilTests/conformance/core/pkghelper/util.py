from .constants import ANSWER, UNITS
from . import constants


def double(x):
    return x * 2


def describe():
    return f"util in {__name__}, package {__package__}, ANSWER={ANSWER}, units={len(constants.UNITS)}"

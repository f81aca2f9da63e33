from ..util import double
from .. import constants
from . import SUB_NAME


def deep_value():
    return double(constants.ANSWER)


def where():
    return f"{__name__} (package {__package__}) inside {SUB_NAME}"

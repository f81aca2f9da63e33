"""pkghelper: a package used by the import tests."""
print("pkghelper/__init__ running")

VERSION = "1.0"

from .constants import ANSWER
from . import util


def package_level():
    return f"package_level sees ANSWER={ANSWER} and util.double(4)={util.double(4)}"

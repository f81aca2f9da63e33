print("before import")
import pkghelper
print("after import")
print(pkghelper.VERSION, pkghelper.ANSWER, pkghelper.package_level())
print(pkghelper.__name__, pkghelper.__doc__)
import pkghelper.util
print(pkghelper.util.double(21), pkghelper.util.describe())
from pkghelper import constants
print(constants.UNITS, constants.__name__)
from pkghelper.constants import ANSWER as answer
print(answer)
import pkghelper.sub.deep
print(pkghelper.sub.deep.deep_value(), pkghelper.sub.SUB_NAME)
print(pkghelper.sub.deep.where())
from pkghelper.sub import deep
print(deep is pkghelper.sub.deep)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkghelper")))
print(hasattr(pkghelper, "__path__"), hasattr(pkghelper.util, "__path__"))

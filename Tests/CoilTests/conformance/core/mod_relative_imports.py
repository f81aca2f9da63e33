import pkghelper.sub.deep as deep
import pkghelper.util as util
print(util.describe())
print(deep.where())
print(deep.deep_value())
print(deep.double is util.double, deep.constants is util.constants)
print(util.__package__, deep.__package__)
try:
    from . import modhelper_basic
except ImportError as e:
    print(type(e).__name__, e)

try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkghelper.missing_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from modhelper_basic import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, issubclass(type(e), ImportError), type(e) is ImportError)
try:
    from nonexistent_pkg_xyz.mod import thing
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import modhelper_basic
print(modhelper_basic.greet("still works"))

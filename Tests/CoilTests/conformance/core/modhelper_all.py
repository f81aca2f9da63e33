__all__ = ["exported_func", "EXPORTED_CONST", "_explicitly_exported"]

EXPORTED_CONST = 42
NOT_EXPORTED = "hidden because __all__ omits it"
_explicitly_exported = "underscore name listed in __all__"


def exported_func():
    return "exported_func called"


def not_exported_func():
    return "should not be star-imported"

class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)

class CsvPlugin(Plugin, name="csv"):
    pass

class JsonPlugin(Plugin):
    pass

class StrictJson(JsonPlugin, name="strict-json"):
    pass

print(Plugin.registry)
print(CsvPlugin.plugin_name, StrictJson.plugin_name)
print(hasattr(Plugin, "plugin_name"))

class Validated:
    required = ()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")

class Good(Validated):
    required = ("run",)
    def run(self):
        return "running"
print(Good().run())
try:
    class Bad(Validated):
        required = ("run", "stop")
except TypeError as e:
    print(type(e).__name__, e)

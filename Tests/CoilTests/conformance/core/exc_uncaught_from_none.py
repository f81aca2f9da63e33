class ConfigError(Exception):
    pass

def setting(config, key):
    try:
        return config[key]
    except KeyError:
        raise ConfigError(f"missing setting {key!r}") from None

cfg = {"debug": "yes"}
print(setting(cfg, "debug"))
print(setting(cfg, "port"))

# An uncaught custom exception with __str__, raised from a method, with an explicit cause.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"missing key {self.key!r}"


class Loader:
    def load(self, data):
        try:
            return data["name"]
        except KeyError as e:
            raise ConfigError("name") from e


Loader().load({})

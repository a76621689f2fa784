# A missing dict key deep in a call chain.
config = {"host": "localhost"}


def get(key):
    return config[key]


def port():
    return int(get("port"))


port()

from .. import loaded_order


def record(name):
    loaded_order.append(name)


def describe(what):
    return f"{what} described by {__name__}"

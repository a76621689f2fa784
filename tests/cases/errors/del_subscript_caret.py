# A failing `del x[k]` underlines the container and marks the subscript (`~^^^`), as a
# failing read or store of the item does.
inventory = {"apples": 3}


def remove(name):
    del inventory[name]


try:
    remove("pears")
except KeyError as e:
    print("missing", e)
stack = []
del stack[0]

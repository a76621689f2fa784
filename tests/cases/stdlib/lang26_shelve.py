import shelve, dbm, os, tempfile
from dataclasses import dataclass

@dataclass
class Book:
    title: str
    year: int

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "library")
    with shelve.open(path) as db:
        db["books"] = [Book("Dune", 1965), Book("Emma", 1815)]
        db["count"] = 2
        db["meta"] = {"owner": "ann", "tags": {"sf", "classic"} and ["sf"]}
        print(sorted(db.keys()), len(db), "count" in db, db.get("nope", "dflt"))
    print(sorted(os.listdir(d)), dbm.whichdb(path))
    with shelve.open(path, flag="r") as db:
        print(db["books"], db["count"], dict(db)["meta"])
        try:
            db["x"] = 1
        except Exception as e:
            print(type(e).__name__, e)
    with shelve.open(path, writeback=True) as db:
        db["books"].append(Book("Ulysses", 1922))
        del db["count"]
        try:
            del db["count"]
        except KeyError as e:
            print("KeyError", e)
    s = shelve.open(path)
    print(len(s["books"]), sorted(s), list(s.items())[0][0])
    s.close()
    try:
        s["a"]
    except ValueError as e:
        print(e, repr(s.dict))
    with dbm.open(os.path.join(d, "raw"), "c") as raw:
        raw["k"] = "v"
        raw[b"bytes"] = b"\x00\x01"
        print(raw["k"], raw.get(b"bytes"), sorted(raw.keys()), len(raw))
        try:
            raw["n"] = 5
        except TypeError as e:
            print(e)
    try:
        dbm.open(os.path.join(d, "missing"))
    except dbm.error[0] as e:
        print(e)
    print(dbm.whichdb(os.path.join(d, "missing")))
    with open(os.path.join(d, "raw.dir")) as f:
        print(f.read())
    with dbm.open(os.path.join(d, "raw"), "n") as raw:
        print(len(raw))

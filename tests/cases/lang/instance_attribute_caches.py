# Attribute loads, stores and method calls on instances while classes change under them.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


def describe(p):
    # One code location sees instances of several classes.
    return p.x, p.y, p.norm1()


pts = [Point(1, -2), Point3(1, 2, -3), Point(0, 5)]
for _ in range(3):
    print([describe(p) for p in pts])

# A method replaced on the class, then shadowed on one instance.
p = Point(3, 4)
print(p.norm1())
Point.norm1 = lambda self: self.x * self.y
print(p.norm1(), pts[1].norm1())
p.norm1 = lambda: "instance wins"
print(p.norm1(), Point(2, 2).norm1())
del p.norm1
print(p.norm1())

# A class attribute later shadowed by the instance, then removed again.
class Config:
    debug = False

    def show(self):
        return self.debug


c = Config()
print(c.show(), c.debug)
c.debug = True
print(c.show(), c.debug, Config.debug)
del c.debug
print(c.show())


# A property added to the class after instances cached plain attribute access.
class Box:
    def __init__(self):
        self.value = 1

    def get(self):
        return self.value


b = Box()
for _ in range(3):
    print(b.get())
Box.value = property(lambda self: "from property")
print(b.get(), b.__dict__)
del Box.value
print(b.get())


# __getattr__ fallback for missing names, and __setattr__ hooks.
class Lazy:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        return f"computed {name}"


lz = Lazy()
for _ in range(2):
    print(lz.real, lz.missing)


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


lg = Logged()
for i in range(2):
    lg.count = i
    print(lg.count)


# __class__ reassignment between classes with different methods.
class Cat:
    def speak(self):
        return "meow " + self.name


class Dog:
    def speak(self):
        return "woof " + self.name


pet = Cat()
pet.name = "rex"
for _ in range(2):
    print(pet.speak())
    pet.__class__ = Dog if isinstance(pet, Cat) else Cat
print(pet.speak())


# __slots__ classes and data descriptors.
class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


s = Slotted()
for _ in range(2):
    s.a += 1
    print(s.a)
try:
    s.b = 3
except AttributeError as e:
    print("AttributeError:", e)


class Upper:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name).upper()

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Person:
    def __init__(self, name):
        self.name = name


people = [Person("ann"), Person("bob")]
print([x.name for x in people])
upper = Upper()
upper.__set_name__(Person, "name")
Person.name = upper
people.append(Person("cy"))
print([x.name for x in people[2:]], people[0].__dict__)


# Missing attributes keep CPython's messages.
q = Point(1, 1)
for _ in range(2):
    try:
        q.w
    except AttributeError as e:
        print("AttributeError:", e)
del q.x
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)


# The instance dict changed behind the cache's back: through __dict__, vars(), setattr/delattr.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


k = Counter()
for _ in range(3):
    k.bump()
print(k.n, k.bump())
k.__dict__["extra"] = "e"
print(k.n, k.bump(), k.extra)
del k.__dict__["n"]
k.__dict__["n"] = 100
print(k.bump(), k.n)
vars(k).clear()
try:
    k.bump()
except AttributeError as e:
    print("AttributeError:", e)
k.n = -1
k.__dict__["bump"] = lambda: "shadowed via __dict__"
print(k.bump(), k.n)
delattr(k, "bump")
print(k.bump(), k.n)
others = [Counter() for _ in range(3)]
for i, o in enumerate(others):
    for _ in range(i + 1):
        o.bump()
print([o.n for o in others], k.n)
setattr(others[0], "n", 50)
others[0].__dict__.update(n=60, m=1)
print(others[0].bump(), others[0].m)

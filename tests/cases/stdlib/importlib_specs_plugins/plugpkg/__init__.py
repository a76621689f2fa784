from .helpers import shout

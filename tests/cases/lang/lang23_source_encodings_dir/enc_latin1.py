# -*- coding: latin-1 -*-
NAME = "café"
print("latin-1 module:", NAME, len(NAME))

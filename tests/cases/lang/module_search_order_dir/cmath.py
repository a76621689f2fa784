# Shadows the standard cmath: CPython builds cmath as an extension module found on sys.path.
SHADOW = "cmath from the script's directory"

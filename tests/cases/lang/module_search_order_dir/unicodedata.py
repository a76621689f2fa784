SHADOW = "unicodedata from the script's directory"

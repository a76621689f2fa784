SHADOW = "gc from the script's directory"

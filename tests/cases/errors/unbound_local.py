# Assigning to a name later in the function makes it local: UnboundLocalError.
count = 0


def bump():
    count += 1
    return count


bump()

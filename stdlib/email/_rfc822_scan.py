"""email._rfc822_scan: the one walk over header text that knows RFC 5322's quoted
strings, backslash escapes and (nested) comments, shared by the address parser
and the MIME parameter splitter, plus quote() for writing a quoted string."""


def quote(str):
    """str with backslashes and double quotes escaped for a quoted string."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def pieces(text, comments=False, escapes_outside=False):
    """Yield (piece, quoted, depth) through text.

    A piece is one character, or a backslash with the character it escapes (inside a
    quoted string, or anywhere when escapes_outside). quoted and depth are the state
    in force before the piece: whether a "..." string is open, and how many
    (comments) are (only counted when comments is true; quotes inside a comment
    do not open a string)."""
    quoted = False
    depth = 0
    i = 0
    end = len(text)
    while i < end:
        ch = text[i]
        if ch == '\\' and i + 1 < end and (quoted or escapes_outside):
            yield text[i:i + 2], quoted, depth
            i += 2
            continue
        yield ch, quoted, depth
        i += 1
        if ch == '"' and not depth:
            quoted = not quoted
        elif comments and not quoted:
            if ch == '(':
                depth += 1
            elif ch == ')' and depth:
                depth -= 1


def split_outside(text, separator, addresses=False):
    """text cut at each separator that is outside quoted strings; for address lists
    also outside comments and <angle brackets>, with escapes honoured anywhere.
    The parts keep their quotes and escapes."""
    parts, current = [], []
    angle = 0
    for piece, quoted, depth in pieces(text, addresses, addresses):
        if not quoted and not depth:
            if piece == '<' and addresses:
                angle += 1
            elif piece == '>' and angle:
                angle -= 1
            elif piece == separator and not angle:
                parts.append(''.join(current))
                current = []
                continue
        current.append(piece)
    parts.append(''.join(current))
    return parts

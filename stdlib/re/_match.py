"""`re.Match`: native (`_re.Match`), made by `Pattern.match`/`search`/`fullmatch` and by
`_re.make_match` for finditer and `sub`."""

from _re import Match

# textwrap breaks hyphenated words only where CPython's word splitter does: after a
# hyphen with two letters on each side ("well-" + "known", not "e-" + "mail"), and around
# em-dashes between words.
import textwrap

text = ("E-mail the well-known so-called experts about what-d'you-call-it. "
        "You can also do--this or even---this, with --options and x-ray-like 3-D tools.")
for width in (10, 17, 25, 40):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 17, break_on_hyphens=False))
print(textwrap.fill("A super-long-hyphenated-word-without-spaces here", 12))
print(textwrap.shorten("Some well-known, long-winded explanation of e-mail", 30))
print(textwrap.TextWrapper(width=8, break_long_words=False).wrap("multi-level-nested-thing ok"))

#!/usr/bin/env python3
"""Fills the empty plural forms in resources/translations/tavle_en.ts.

English is the source language, so tavle_en.ts only needs the singular and plural of each %n
message: "%n day(s)" becomes "%n day" and "%n days". Run it after
`cmake --build --preset dev --target update_translations`, then read the diff: a message whose
singular needs more than dropping "(s)" is written by hand and is left alone here.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/tavle_en.ts"
text = open(path, encoding="utf-8").read()


def fill(match):
    block = match.group(0)
    if "<numerusform></numerusform>" not in block:
        return block
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    one = source.replace("(s)", "")
    many = source.replace("(s)", "s")
    forms = ("<translation>\n            <numerusform>%s</numerusform>\n"
             "            <numerusform>%s</numerusform>\n        </translation>" % (one, many))
    print("  %s | %s" % (one, many))
    return re.sub(r"<translation type=\"unfinished\">.*?</translation>", forms, block, flags=re.S)


text = re.sub(r"<message numerus=\"yes\">.*?</message>", fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)

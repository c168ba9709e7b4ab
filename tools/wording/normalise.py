#!/usr/bin/env python3
"""Applies the Vietnamese spelling convention of ADR 0011 to the files given (in place).

- tone mark on the main vowel of the open syllables oa, oe, uy (Quyết định 1989/QĐ-BGDĐT, Điều 8):
  hóa -> hoá, hòa -> hoà, tùy -> tuỳ, ...;
- the names of the State and its bodies keep the plan's spelling: Ủy ban, Đảng ủy, Cộng hòa;
- «…» -> “…”.

Usage: tools/wording/normalise.py FILE...   (e.g. after a merge, on what WordingConventionTest names)
"""
import re
import sys
import unicodedata

TONES = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}
WORD = re.compile(r'\w+')
OLD = re.compile(r'(?<![qQ])([òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ])([aeyAEY])$')
KEPT = ['Ủy ban', 'ỦY BAN', 'Đảng ủy', 'ĐẢNG ỦY', 'Cộng hòa', 'CỘNG HÒA']
NEW_STYLE_OF_KEPT = {'Uỷ ban': 'Ủy ban', 'UỶ BAN': 'ỦY BAN', 'Đảng uỷ': 'Đảng ủy', 'ĐẢNG UỶ': 'ĐẢNG ỦY',
                     'Cộng hoà': 'Cộng hòa', 'CỘNG HOÀ': 'CỘNG HÒA'}


def move_tone(word):
    m = OLD.search(word)
    if not m:
        return word
    first, second = m.group(1), m.group(2)
    base = unicodedata.normalize('NFD', first)
    if len(base) != 2 or base[1] not in TONES:
        return word
    if (base[0].lower(), second.lower()) not in {('o', 'a'), ('o', 'e'), ('u', 'y')}:
        return word
    return word[:m.start()] + base[0] + unicodedata.normalize('NFC', second + base[1])


def normalise(text):
    text = unicodedata.normalize('NFC', text)
    for new, kept in NEW_STYLE_OF_KEPT.items():
        text = text.replace(new, kept)
    protected = {}
    for i, kept in enumerate(KEPT):
        token = '\x00%d\x00' % i
        protected[token] = kept
        text = text.replace(kept, token)
    text = WORD.sub(lambda m: move_tone(m.group(0)), text)
    for token, kept in protected.items():
        text = text.replace(token, kept)
    return text.replace('«', '“').replace('»', '”')


if __name__ == '__main__':
    for path in sys.argv[1:]:
        with open(path, encoding='utf-8', newline='') as f:
            before = f.read()
        after = normalise(before)
        if after != before:
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(after)
            print('changed', path)

#!/usr/bin/env python3
"""The base letters of Latin letters with diacritics, for name keys.

Prints the table of src/party_chars.c (latin_base_*): for each code point of
Latin-1 and Latin Extended-A/B (U+00C0..U+024F) and Latin Extended
Additional (U+1E00..U+1EFF), the lower-case ASCII letters it folds to, from
its compatibility decomposition (UnicodeData.txt) without combining marks,
or from EXTRA for letters that have none (ø, ł, đ, æ, ß, þ, ...).
`--check FILE` exits 1 when FILE's table differs from the one printed.
"""
import sys
import unicodedata

# letters without a decomposition to ASCII, read as their base letters
EXTRA = {
    'æ': 'ae', 'ð': 'd', 'ø': 'o', 'þ': 'th', 'ß': 'ss', 'đ': 'd', 'ħ': 'h',
    'ı': 'i', 'ŀ': 'l', 'ł': 'l', 'ŉ': 'n', 'œ': 'oe', 'ŧ': 't', 'ƀ': 'b',
    'ɓ': 'b', 'ƃ': 'b', 'ƈ': 'c', 'ɗ': 'd', 'ƌ': 'd', 'ƒ': 'f', 'ɠ': 'g',
    'ɨ': 'i', 'ƙ': 'k', 'ƚ': 'l', 'ɲ': 'n', 'ƞ': 'n', 'ɵ': 'o', 'ƥ': 'p',
    'ƭ': 't', 'ʈ': 't', 'ƴ': 'y', 'ƶ': 'z', 'ǥ': 'g', 'ȥ': 'z', 'ȡ': 'd',
    'ȴ': 'l', 'ȵ': 'n', 'ȶ': 't', 'ȷ': 'j', 'ⱥ': 'a', 'ȼ': 'c', 'ƚ': 'l',
    'ⱦ': 't', 'ȿ': 's', 'ɀ': 'z', 'ʉ': 'u', 'ɇ': 'e', 'ɉ': 'j', 'ɋ': 'q',
    'ɍ': 'r', 'ɏ': 'y', 'ẜ': 's', 'ẝ': 's',
}
BLOCKS = [(0x00C0, 0x024F), (0x1E00, 0x1EFF)]


def base(cp):
    ch = chr(cp)
    if not unicodedata.category(ch).startswith('L'):
        return ''
    for c in (ch, ch.lower(), unicodedata.normalize('NFD', ch)[0].lower()):
        if c in EXTRA:
            return EXTRA[c]
    s = ''.join(c for c in unicodedata.normalize('NFKD', ch) if not unicodedata.combining(c))
    s = ''.join(EXTRA.get(c.lower(), c) for c in s).lower()
    if 1 <= len(s) <= 2 and all('a' <= c <= 'z' for c in s):
        return s
    return ''


def table():
    lines = []
    for first, last in BLOCKS:
        lines.append('static const char latin_base_%04X[][3] = {' % first)
        for row in range(first, last + 1, 8):
            cells = ['"%s"' % base(cp) for cp in range(row, min(row + 8, last + 1))]
            lines.append('\t' + ', '.join(cells) + ',\t/* %04X */' % row)
        lines.append('};')
    return '\n'.join(lines) + '\n'


if __name__ == '__main__':
    t = table()
    if len(sys.argv) == 3 and sys.argv[1] == '--check':
        src = open(sys.argv[2], encoding='utf-8').read()
        sys.exit(0 if t in src else 1)
    sys.stdout.write(t)

#!/usr/bin/python3
"""Builds pairs.tsv, the Korean-name test set, from surnames.tsv and
syllables.tsv and the romanization tables below.  Deterministic; run
without arguments to rewrite pairs.tsv, with --check to compare.

Revised Romanization: Ministry of Culture and Tourism notice 2000-8
(names: no sound changes between syllables, optional hyphen).
McCune-Reischauer: McCune and Reischauer, "The Romanization of the Korean
Language", Transactions of the Korea Branch of the Royal Asiatic Society
29 (1939): plain stops unvoiced at the start of a word, voiced after a
voiced sound; aspirates with an apostrophe; breves on o and u; s as sh
before i and wi.

pairs.tsv: expect (same|different) <TAB> a <TAB> b <TAB> how
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

RR_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '',
              'j', 'jj', 'ch', 'k', 't', 'p', 'h']
MR_INITIAL = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '',
              'ch', 'tch', "ch'", "k'", "t'", "p'", 'h']
MR_VOICED = {'k': 'g', 't': 'd', 'p': 'b', 'ch': 'j'}
RR_VOWEL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae',
            'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i']
MR_VOWEL = ['a', 'ae', 'ya', 'yae', 'ŏ', 'e', 'yŏ', 'ye', 'o', 'wa', 'wae',
            'oe', 'yo', 'u', 'wŏ', 'we', 'wi', 'yu', 'ŭ', 'ŭi', 'i']
# final consonants as written at the end of a syllable (both systems)
FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l',
         'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']
VOICED_FINALS = {'n', 'l', 'm', 'ng'}


def jamo(syllable):
    code = ord(syllable) - 0xAC00
    return code // (21 * 28), (code // 28) % 21, code % 28


def rr(syllables):
    out = ''
    for s in syllables:
        l, v, t = jamo(s)
        out += RR_INITIAL[l] + RR_VOWEL[v] + FINAL[t]
    return out


def mr_syllables(syllables, voiced_start=False):
    """McCune-Reischauer, one string per syllable; voicing within the word."""
    out = []
    prev_voiced = voiced_start
    for s in syllables:
        l, v, t = jamo(s)
        ini = MR_INITIAL[l]
        if prev_voiced and ini in MR_VOICED:
            ini = MR_VOICED[ini]
        if ini == 's' and RR_VOWEL[v] in ('i', 'wi'):
            ini = 'sh'
        out.append(ini + MR_VOWEL[v] + FINAL[t])
        prev_voiced = FINAL[t] in VOICED_FINALS or FINAL[t] == ''
    return out


def cap(s):
    return s[:1].upper() + s[1:]


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            rows.append(line.rstrip('\n').split('\t'))
    return rows


def build():
    surnames = [(r[0], r[1], r[2].split()) for r in load('surnames.tsv')]
    sylls = [(r[0], r[1] if len(r) > 1 else '') for r in load('syllables.tsv')]
    passport = {h: p for h, p in sylls if p}
    rng = random.Random(20261130)
    pairs = []

    def given_forms(g):
        """Latin spellings of the given name g (a list of syllables)."""
        parts = [rr([s]) for s in g]
        pp = [passport.get(s, rr([s])) for s in g]
        return {
            'rr-hyphen': '-'.join(parts).capitalize(),
            'rr-space': ' '.join(cap(p) for p in parts),
            'rr-joined': ''.join(parts).capitalize(),
            'mr': '-'.join(mr_syllables(g)).capitalize(),
            'passport': '-'.join(pp).capitalize(),
        }

    def latin(sur, g, form, rng):
        h, rr_s, pass_s = sur
        f = given_forms(g)
        if form == 'rr-official':
            return '%s %s' % (rr_s, f['rr-hyphen'])
        if form == 'passport-hyphen':
            return '%s %s' % (pass_s[0], f['rr-hyphen'])
        if form == 'upper-spaced':
            return ('%s %s' % (rng.choice(pass_s), f['rr-space'])).upper()
        if form == 'given-first':
            return '%s %s' % (f['rr-joined'], rng.choice(pass_s))
        if form == 'comma':
            return '%s, %s' % (pass_s[0].upper(), f['rr-joined'])
        if form == 'mr':
            return '%s %s' % (cap(''.join(mr_syllables(list(h)))), f['mr'])
        if form == 'passport-given':
            return '%s %s' % (rng.choice(pass_s), f['passport'])
        if form == 'variant-surname':
            return '%s %s' % (rng.choice(pass_s), f['rr-hyphen'])
        raise ValueError(form)

    forms = ['rr-official', 'passport-hyphen', 'upper-spaced', 'given-first',
             'comma', 'mr', 'passport-given', 'variant-surname']

    def name(rng):
        sur = rng.choice(surnames)
        g = [rng.choice(sylls)[0] for _ in range(rng.choice((2, 2, 2, 1)))]
        return sur, g

    # same person: Hangul against a Latin spelling, and two Latin spellings
    for i in range(320):
        sur, g = name(rng)
        form = forms[i % len(forms)]
        hangul = sur[0] + ''.join(g)
        if i % 5 == 4:
            other = forms[(i + 3) % len(forms)]
            pairs.append(('same', latin(sur, g, form, rng), latin(sur, g, other, rng),
                          '%s/%s' % (form, other)))
        else:
            pairs.append(('same', hangul, latin(sur, g, form, rng), 'hangul/' + form))

    # different people: one given-name syllable changed, the syllables
    # swapped, or another surname; Hangul and Latin on either side
    i = 0
    while i < 320:
        sur, g = name(rng)
        kind = i % 4
        if kind == 3 and len(g) == 2 and g[0] != g[1]:
            sur2, g2 = sur, [g[1], g[0]]
            why = 'swapped'
        elif kind == 2:
            sur2, g2 = rng.choice(surnames), g
            if sur2[0] == sur[0]:
                continue
            why = 'surname'
        else:
            k = rng.randrange(len(g))
            g2 = list(g)
            g2[k] = rng.choice(sylls)[0]
            if g2 == g:
                continue
            sur2 = sur
            why = 'syllable'
        side = i % 3
        a = sur[0] + ''.join(g)
        b = sur2[0] + ''.join(g2)
        form = forms[i % len(forms)]
        if side == 1:
            b = latin(sur2, g2, form, rng)
        elif side == 2:
            a, b = latin(sur, g, form, rng), latin(sur2, g2, forms[(i + 1) % len(forms)], rng)
        pairs.append(('different', a, b, '%s/%s' % (why, ['hangul', 'hangul-latin', 'latin'][side])))
        i += 1
    return pairs


def main():
    text = ''.join('\t'.join(p) + '\n' for p in build())
    path = os.path.join(HERE, 'pairs.tsv')
    if '--check' in sys.argv:
        with open(path, encoding='utf-8') as f:
            if f.read() != text:
                sys.exit('pairs.tsv is not what build_pairs.py builds from the tables')
        return
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()

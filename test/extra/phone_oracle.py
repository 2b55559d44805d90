#!/usr/bin/python3
"""Cases for the telephone-number oracle (test/extra/phone_oracle.sh).

Prints one tab-separated line per case:
    default_country  typed  truth  libphonenumber  exception
default_country is empty for the two-argument normalize_party.  truth is
the E.164 form of the example number that was typed; libphonenumber is what
libphonenumber (python3-phonenumbers) makes of the typed text with that
default country (empty when it refuses it).  exception names the reason
when libphonenumber is known to be wrong for that case, and is empty
otherwise.

Every example number of every region and number type, and of the global
services (+800, +808, ...), is typed:
  - at home (default country = its region, when that region is one of
    party_phone_countries()): E.164, international format, with dashes,
    with parentheses, without the "+", national format, national with
    spaces, with dashes, run together;
  - without a default country, in the international forms;
  - from every country of party_phone_countries() (read from stdin, one
    line "country<TAB>prefix" per international prefix the extension
    knows, "00" included), after each of that country's international
    prefixes, both the extension's and libphonenumber's: grouped as
    libphonenumber groups them, and run together.
"""
import re
import sys

import phonenumbers as pn
from phonenumbers import PhoneMetadata, PhoneNumberFormat as F, PhoneNumberType as T

TYPES = [T.FIXED_LINE, T.MOBILE, T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST,
         T.VOIP, T.PERSONAL_NUMBER, T.PAGER, T.UAN, T.VOICEMAIL]


def expand(pattern):
    """Every digit string a libphonenumber prefix pattern matches (they are
    finite: alternations, classes and optional parts of a few digits)."""
    import itertools
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        import sre_parse

    def seq(items):
        out = ['']
        for op, av in items:
            alts = one(str(op), av)
            out = [a + b for a in out for b in alts]
        return out

    def one(op, av):
        if op == 'LITERAL':
            return [chr(av)]
        if op == 'IN':
            s = []
            for o, a in av:
                o = str(o)
                if o == 'LITERAL':
                    s.append(chr(a))
                elif o == 'RANGE':
                    s += [chr(c) for c in range(a[0], a[1] + 1)]
                else:
                    s += list('0123456789')
            return s
        if op == 'BRANCH':
            return [x for b in av[1] for x in seq(b)]
        if op == 'SUBPATTERN':
            return seq(av[-1])
        if op in ('MAX_REPEAT', 'MIN_REPEAT'):
            lo, hi, sub = av
            return [''.join(c) for k in range(lo, hi + 1)
                    for c in itertools.product(seq(sub), repeat=k)]
        if op == 'CATEGORY':
            return list('0123456789')
        raise ValueError(op)
    return seq(sre_parse.parse(pattern))


def lib_prefixes(region):
    pat = PhoneMetadata.metadata_for_region(region).international_prefix
    if region == 'CN':
        # 1xxxx00 carrier (IP) prefixes: 1,100 of them; three typed
        return ['00', '1795100', '1791100', '1259300']
    return expand(pat)


def examples():
    seen = set()
    for region in sorted(pn.SUPPORTED_REGIONS):
        for t in TYPES:
            n = pn.example_number_for_type(region, t)
            if n is None:
                continue
            e = pn.format_number(n, F.E164)
            if (region, e) in seen:
                continue
            seen.add((region, e))
            yield region, n
    for cc in sorted(pn.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        n = pn.example_number_for_non_geo_entity(cc)
        if n is not None:
            yield '001', n


def parse(typed, region):
    try:
        n = pn.parse(typed, region or None)
        return pn.format_number(n, F.E164)
    except pn.NumberParseException:
        return ''


def with_parens(intl):
    """"+82 2-123-4567" -> "+82 (2) 123-4567"."""
    m = re.match(r'(\+\d+) (\d+)([ -])(.*)', intl)
    return '%s (%s) %s' % (m.group(1), m.group(2), m.group(4)) if m else None


def main():
    ext = {}
    for line in sys.stdin:
        country, prefix = line.rstrip('\n').split('\t')
        ext.setdefault(country, []).append(prefix)
    countries = sorted(ext)
    nums = list(examples())
    out = sys.stdout

    def case(country, typed, truth, reason=''):
        lib = parse(typed, country)
        if lib != truth and not reason:
            reason = explain(country, typed, truth, lib)
        out.write('\t'.join((country, typed, truth, lib, reason)) + '\n')

    def explain(country, typed, truth, lib):
        digits = re.sub(r'\D', '', typed)
        if country and not typed.startswith('+'):
            pat = PhoneMetadata.metadata_for_region(country).international_prefix
            for p in sorted(set(ext.get(country, [])), key=len, reverse=True):
                if digits.startswith(p) and digits[len(p):] == truth[1:]:
                    if country == 'KR' and p == '00' and digits.startswith('008'):
                        return 'libphonenumber reads 008 (a Korean carrier prefix) in 00' + truth[1:3] + '...'
                    if not re.fullmatch(pat, p):
                        return ('%s is not an international prefix of %s in libphonenumber '
                                '(%s): it is in the extension\'s table' % (p, country, pat))
                    return ('libphonenumber takes a longer international prefix of %s than '
                            'the one written' % country)
        return ''

    for region, n in nums:
        truth = pn.format_number(n, F.E164)
        intl = pn.format_number(n, F.INTERNATIONAL)
        forms = {truth, intl, intl.replace(' ', '-')}
        p = with_parens(intl)
        if p:
            forms.add(p)
        for typed in sorted(forms):
            case('', typed, truth)
            if region in ext:
                case(region, typed, truth)
        if region in ext:
            nat = pn.format_number(n, F.NATIONAL)
            home = {nat, nat.replace('-', ' '), nat.replace(' ', '-'),
                    re.sub(r'\D', '', nat), intl[1:]}
            for typed in sorted(home):
                case(region, typed, truth)
    for country in countries:
        prefixes = set(ext[country]) | set(lib_prefixes(country))
        for pfx in sorted(prefixes):
            for region, n in nums:
                truth = pn.format_number(n, F.E164)
                intl = pn.format_number(n, F.INTERNATIONAL)[1:]
                case(country, pfx + ' ' + intl, truth)
                case(country, pfx + truth[1:], truth)


if __name__ == '__main__':
    main()

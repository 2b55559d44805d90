"""Exact decimal text <-> whole numbers of base steps, as src/amount.c does it.

Integers and Fractions only: no binary floating point anywhere.
"""
from decimal import Decimal
from fractions import Fraction

LIMIT = 10 ** 26        # a stored amount is smaller than this in magnitude
AMOUNT_DIGITS = 26

NUMBER_ERRORS = {
    "no_digits": 'A quantity starts with a number, such as "18.5 kg".',
    "bad_grouping": 'Commas must separate groups of three digits, as in "2,782".',
    "decimal_comma": "A comma separates thousands; the decimal point is a period.",
    "bad_exponent": 'An exponent needs digits, as in "1.5e3".',
}


class NumberSyntax(Exception):
    def __init__(self, code):
        super().__init__(NUMBER_ERRORS[code])
        self.code = code


def _isdigit(c):
    return "0" <= c <= "9"


def parse_number(s, pos=0):
    """Reads a number at s[pos:]: returns (neg, digits, exp10, end).

    digits has no leading or trailing zeros ("" for zero); the value is
    (-1)**neg * int(digits) * 10**exp10.  Raises NumberSyntax.
    """
    n = len(s)
    p = pos
    neg = False
    digits = []
    nfrac = 0
    exp10 = 0
    any_digit = False
    if p < n and s[p] in "+-":
        neg = s[p] == "-"
        p += 1
    intpart = p
    run = 0
    while p < n and _isdigit(s[p]):
        any_digit = True
        if digits or s[p] != "0":
            digits.append(s[p])
        p += 1
        run += 1
    if p < n and s[p] == "," and run > 0:
        if run > 3:
            raise NumberSyntax("bad_grouping")
        if s[intpart] == "0":
            raise NumberSyntax("decimal_comma")
        while p < n and s[p] == ",":
            g = 0
            while p + 1 + g < n and _isdigit(s[p + 1 + g]):
                g += 1
            if g != 3:
                after = s[p + 1 + g] if p + 1 + g < n else ""
                if g > 0 and after not in (",", ".") and run <= 3:
                    raise NumberSyntax("decimal_comma")
                raise NumberSyntax("bad_grouping")
            for c in s[p + 1:p + 4]:
                if digits or c != "0":
                    digits.append(c)
            p += 4
    if p < n and s[p] == ".":
        p += 1
        while p < n and _isdigit(s[p]):
            any_digit = True
            if digits or s[p] != "0":
                digits.append(s[p])
            if digits:
                nfrac += 1
            else:
                exp10 -= 1
            p += 1
    if not any_digit:
        raise NumberSyntax("no_digits")
    if p < n and s[p] in "eE":
        p += 1
        eneg = False
        if p < n and s[p] in "+-":
            eneg = s[p] == "-"
            p += 1
        if not (p < n and _isdigit(s[p])):
            raise NumberSyntax("bad_exponent")
        e = 0
        while p < n and _isdigit(s[p]):
            if e < 1000000000:      # saturates, as the extension does
                e = e * 10 + ord(s[p]) - 48
            p += 1
        exp10 += -e if eneg else e
    exp10 -= nfrac
    while digits and digits[-1] == "0":
        digits.pop()
        exp10 += 1
    return neg, "".join(digits), exp10, p


def scale(neg, digits, exp10, mult, exp):
    """Rounds the number times mult * 10**exp to whole steps, half to even.

    Returns None when the magnitude reaches LIMIT.
    """
    if not digits:
        return 0
    k = exp10 + exp
    nd = len(digits)
    if nd - 1 + k >= AMOUNT_DIGITS:
        return None
    if nd + k + 15 <= -1:
        return 0
    # Decimal reads any number of digits exactly (int() stops at 4300)
    v = Fraction(Decimal(digits)) * mult * Fraction(10) ** k
    r = round(v)                    # Fraction rounds half to even
    if r >= LIMIT:
        return None
    return -r if neg else r


def div_round(num, den):
    """num / den rounded half to even (den > 0)."""
    return round(Fraction(num, den))


def format_amount(amount, mult, exp):
    """amount / (mult * 10**exp) as the shortest plain decimal that reads back to amount."""
    neg = amount < 0
    a = -amount if neg else amount
    F = mult * 10 ** exp
    q, r = divmod(a, F)
    if mult == 1:
        return _fixed(neg, q, r, exp)
    for k in range(16):
        p10 = 10 ** k
        f = div_round(r * p10, F)
        qq = q
        if f == p10:
            qq += 1
            f = 0
        back = _scale_int(qq * p10 + f, mult, exp - k)
        if back == a:
            return _fixed(neg, qq, f, k)
    return _fixed(neg, q, 0, 0)


def _scale_int(D, mult, k):
    P = D * mult
    P = P * 10 ** k if k >= 0 else div_round(P, 10 ** -k)
    return P if P < LIMIT else None


def _fixed(neg, q, f, k):
    s = str(q)
    if k > 0 and f != 0:
        s += "." + str(f).rjust(k, "0").rstrip("0")
    if neg and (q != 0 or f != 0):
        s = "-" + s
    return s

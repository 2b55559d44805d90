"""What needs no server: the weight basis (issue 11's text and binary forms), version
checks of binary data, immutability and refusals of inexact input."""
import unittest
from decimal import Decimal
from fractions import Fraction

from seizure import (BinaryFormatError, MixedKindsError, Quantity, QuantityError, QuantityTally,
                     QuantitySyntaxError, UnknownUnitError, sum_quantities)


class WeightBasis(unittest.TestCase):
    def test_text(self):
        self.assertEqual(str(Quantity("2 kg gross")), "2 kg gross")
        self.assertEqual(str(Quantity("~7.2 kg GROSS")), "~7.2 kg gross")
        self.assertEqual(str(Quantity("1.8 kg 순중량")), "1.8 kg net")
        self.assertEqual(str(Quantity("3 lb 총중량")), "3 lb gross")
        self.assertEqual(str(Quantity("18.5 kg")), "18.5 kg")
        self.assertEqual(Quantity("2 kg bulk").basis, "bulk")
        self.assertIsNone(Quantity("2 kg").basis)
        with self.assertRaisesRegex(QuantitySyntaxError, "A weight basis \\(net, bulk or gross\\) belongs to a mass"):
            Quantity("2 tablets gross")
        with self.assertRaisesRegex(QuantitySyntaxError, "A weight basis \\(net, bulk or gross\\) belongs to a mass"):
            Quantity("1 L net")

    def test_binary(self):
        q = Quantity("~7.2 kg gross")
        b = q.to_binary()
        self.assertEqual(b[:3], bytes([2, 3, 0x01 | (3 << 1)]))
        self.assertEqual(Quantity.from_binary(b), q)
        self.assertEqual(Quantity("1 kg").to_binary()[0], 1)     # unstated: version 1, as before
        self.assertEqual(Quantity.from_binary(bytes([2, 3, 2 << 1]) + bytes(15) + b"\x01").basis, "bulk")
        with self.assertRaisesRegex(BinaryFormatError, "Flag bits 0x02"):
            Quantity.from_binary(bytes([1, 3, 2]) + bytes(16))     # version 1 has only bit 0
        with self.assertRaisesRegex(BinaryFormatError, "A weight basis is set on a count of tablets"):
            Quantity.from_binary(bytes([2, 16, 2]) + bytes(16))

    def test_order_and_arithmetic(self):
        qs = [Quantity(s) for s in ("1 kg gross", "1 kg", "~1 kg", "1 kg net", "1 kg bulk", "~1 kg net")]
        self.assertEqual([str(q) for q in sorted(qs)],
                         ["1 kg", "~1 kg", "1 kg net", "~1 kg net", "1 kg bulk", "1 kg gross"])
        self.assertNotEqual(Quantity("1 kg"), Quantity("1 kg gross"))
        self.assertEqual(str(Quantity("1 kg gross") + Quantity("500 g gross")), "1.5 kg gross")
        with self.assertRaisesRegex(MixedKindsError, "different weight bases"):
            Quantity("1 kg gross") + Quantity("1 kg")

    def test_tally(self):
        t = QuantityTally("18.5 kg + 4.7 kg + 1 kg + ~7.2 kg gross + 2782 tablets")
        self.assertEqual(str(t), "24.2 kg + ~7.2 kg gross + 2782 tablets")
        self.assertEqual(t.to_binary()[0], 2)
        self.assertEqual(QuantityTally.from_binary(t.to_binary()), t)
        self.assertEqual(QuantityTally("1 kg").to_binary()[0], 1)
        with self.assertRaisesRegex(MixedKindsError, "more than one weight basis"):
            t.part("mass")
        self.assertEqual(str(t.part("mass", "gross")), "~7.2 kg gross")
        self.assertEqual(str(t.part("mass", "unstated")), "24.2 kg")
        self.assertIsNone(t.part("mass", "net"))


class Binary(unittest.TestCase):
    def test_versions_and_sizes(self):
        with self.assertRaisesRegex(BinaryFormatError, "Format version 3 is not known to the seizure client"):
            Quantity.from_binary(bytes([3, 3, 0]) + bytes(16))
        with self.assertRaisesRegex(BinaryFormatError, "A quantity takes 19 bytes, not 18"):
            Quantity.from_binary(bytes(18))
        with self.assertRaisesRegex(UnknownUnitError, "unit id 0 is not known"):
            Quantity.from_binary(bytes([1, 0, 0]) + bytes(16))
        with self.assertRaisesRegex(QuantityError, "out of range"):
            Quantity.from_binary(bytes([1, 3, 0]) + (10 ** 26).to_bytes(16, "big", signed=True))
        with self.assertRaisesRegex(BinaryFormatError, "Format version 3"):
            QuantityTally.from_binary(bytes([3, 0]))
        with self.assertRaisesRegex(BinaryFormatError, "unknown kind"):
            QuantityTally.from_binary(bytes([1, 1]) + bytes([0, 6]) + bytes(16))
        with self.assertRaisesRegex(BinaryFormatError, "out of order"):
            QuantityTally.from_binary(bytes([1, 2]) + bytes([9, 0]) + bytes(16) + bytes([0, 0]) + bytes(16))
        with self.assertRaisesRegex(BinaryFormatError, "Kind 22 is not known"):
            QuantityTally.from_binary(bytes([1, 1]) + bytes([22, 0]) + bytes(16))


class KindIdsAndOrder(unittest.TestCase):
    """Kind ids are stored (appended as kinds are added); the sort order is a rank apart from them."""

    def test_ids_are_not_the_order(self):
        from seizure import units as U
        self.assertEqual([U.KIND_ID[k] for k in ("mass", "tablet", "vial", "bag", "dosage unit", "patch")],
                         [0, 9, 10, 11, 15, 17])
        self.assertEqual(U.KINDS_IN_ORDER[2:5], ["ampoule", "bag", "blotter"])
        self.assertEqual(U.KIND_RANK["dosage unit"] + 1, U.KIND_RANK["dose"])
        qs = sorted(Quantity(s) for s in ("1 vial", "1 dose", "1 bag", "1 dosage unit", "1 L", "1 mcg"))
        self.assertEqual([str(q) for q in qs], ["1 mcg", "1 L", "1 bag", "1 dosage unit", "1 dose", "1 vial"])

    def test_tally_binary_carries_ids_in_rank_order(self):
        t = QuantityTally("2 tablets + 1 dose + 3 dosage units + ~1 bag + 5 kg")
        self.assertEqual(str(t), "5 kg + ~1 bag + 3 dosage units + 1 dose + 2 tablets")
        b = t.to_binary()
        self.assertEqual([b[2 + 18 * i] for i in range(len(t))], [0, 11, 15, 5, 9])
        self.assertEqual(QuantityTally.from_binary(b), t)
        # in id order, which is not the rank order: refused as the server refuses it
        part = (lambda kid: bytes([kid, 0]) + (10 ** 12).to_bytes(16, "big"))
        with self.assertRaisesRegex(BinaryFormatError, "out of order"):
            QuantityTally.from_binary(bytes([1, 2]) + part(5) + part(15))
        self.assertEqual(str(QuantityTally.from_binary(bytes([1, 2]) + part(15) + part(5))), "1 dosage unit + 1 dose")

    def test_at_most_50_parts(self):
        from seizure import units as U
        self.assertEqual(len(U.KINDS), 22)
        with self.assertRaisesRegex(BinaryFormatError, "at most 50 parts"):
            QuantityTally.from_binary(bytes([1, 51]) + bytes(18 * 51))

    def test_refused_words_say_what_to_write(self):
        with self.assertRaises(QuantitySyntaxError) as cm:
            Quantity("2 sheets")
        self.assertEqual(cm.exception.hint, 'Count the blotters, as in "100 blotters" or "100매".')
        with self.assertRaises(QuantitySyntaxError) as cm:
            Quantity("3 units")
        self.assertEqual(cm.exception.detail, '"unit" does not say what was counted.')
        self.assertEqual(str(Quantity("5 µg")), "5 mcg")
        self.assertEqual(str(Quantity("5 μg")), "5 mcg")
        self.assertEqual(str(Quantity("30 patches") + Quantity("1 패치")), "31 patches")


class Package(unittest.TestCase):
    def test_installed_version_is_the_package_version(self):
        import importlib.metadata

        import seizure
        try:
            installed = importlib.metadata.version("seizure")
        except importlib.metadata.PackageNotFoundError:
            self.skipTest("run from the source tree")
        self.assertEqual(installed, seizure.__version__)


class OutputFastPath(unittest.TestCase):
    def test_same_as_the_grammar(self):
        import random
        from seizure import units as U
        from seizure.quantity import parse_quantity
        rnd = random.Random(5)
        names = [n for u in U.UNITS_BY_ID.values() for n in (u.symbol, u.plural)]
        for _ in range(20000):
            s = (rnd.choice(["", "~"]) + rnd.choice(["", "-"]) + str(rnd.randrange(10 ** rnd.randrange(1, 28)))
                 + rnd.choice(["", "." + str(rnd.randrange(10 ** rnd.randrange(1, 20))).rjust(rnd.randrange(1, 20), "0")])
                 + " " + rnd.choice(names) + rnd.choice(["", "", " gross", " net", " bulk"]))
            try:
                want = parse_quantity(s, fast=False)
            except (QuantityError, UnknownUnitError) as e:
                want = type(e)
            try:
                got = parse_quantity(s)
            except (QuantityError, UnknownUnitError) as e:
                got = type(e)
            self.assertEqual(got, want, s)


class ExactInputOnly(unittest.TestCase):
    def test_floats_are_refused(self):
        with self.assertRaises(TypeError):
            Quantity(18.5, "kg")
        with self.assertRaises(TypeError):
            Quantity("1 kg") * 0.1
        with self.assertRaises(TypeError):
            Quantity(18.5)

    def test_exact_numbers_are_taken(self):
        self.assertEqual(str(Quantity(Decimal("18.5"), "kg")), "18.5 kg")
        self.assertEqual(str(Quantity("2782", "정")), "2782 tablets")
        self.assertEqual(str(Quantity(Fraction(1, 3), "kg")), "0.333333333333333 kg")
        self.assertEqual(str(Quantity("1 kg") * Fraction(1, 3)), "0.333333333333333 kg")
        with self.assertRaisesRegex(QuantityError, "cannot be NaN"):
            Quantity("1 kg") * Decimal("NaN")
        with self.assertRaisesRegex(QuantityError, "division by zero"):
            Quantity("1 kg") / 0

    def test_bad_amounts(self):
        with self.assertRaisesRegex(QuantityError, 'an amount must be a decimal number, not "abc"'):
            Quantity("abc", "kg")
        with self.assertRaises(UnknownUnitError):
            Quantity(1, "crate")
        self.assertEqual(str(Quantity(Quantity("~2 kg gross"))), "~2 kg gross")

    def test_immutable(self):
        q = Quantity("1 kg")
        with self.assertRaises(AttributeError):
            q.amount = 2
        with self.assertRaises(AttributeError):
            q._steps = 2

    def test_sum_rule_does_not_depend_on_order(self):
        qs = [Quantity("1 lb"), Quantity("1 oz"), Quantity("1 g")]
        self.assertEqual(str(sum_quantities(qs)), "482.941893125 g")
        self.assertEqual(str(sum_quantities(reversed(qs))), "482.941893125 g")
        self.assertEqual(str(sum(qs[:2], QuantityTally())), "0.481941893125 kg")
        with self.assertRaisesRegex(MixedKindsError, "sum\\(\\) cannot add a mass and a count of tablets"):
            sum_quantities([Quantity("2 tablets"), Quantity("1 kg")])

    def test_long_inputs(self):
        digits = "1" + "0" * 5000
        self.assertEqual(str(Quantity(f"0.{digits} g")), "0.1 g")
        self.assertEqual(str(Quantity(f"0.{'0' * 5000}1 g")), "0 g")
        with self.assertRaises(QuantityError):
            Quantity(f"{digits} g")


if __name__ == "__main__":
    unittest.main()

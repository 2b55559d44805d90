# What every driver must read from bi_fixture (text forms and numeric projections).
ROWS = [
    # id, q text, t text, mass_kg, volume_l, items, unit, estimate, tally mass kg, tally tablets,
    # route text, route label en, route label ko
    (1, "18.5 kg", "24.2 kg + ~7.2 kg + 2782 tablets", "18.5", None, None, "kg", False, "31.4", "2782",
     "international_mail", "international mail", "국제우편"),
    (2, "2782 tablets", "0.5 L + 30 doses", None, None, "2782", "tablet", False, None, None,
     "express_cargo", "express cargo", "특송화물"),
    (3, "~1.2 lb", "0.45359237 kg", "0.544310844", None, None, "lb", True, "0.45359237", None,
     "traveler", "traveler", "여행자"),
    (4, "500 mL", None, None, "0.5", None, "mL", False, None, None, None, None, None),
]
# binary (send) form of route international_mail: one byte
R1_BINARY = bytes([1])
# binary (send) form of q for row 1: version 2, unit kg (3), flags 0, amount 18.5e15 pg
Q1_BINARY = bytes([2, 3, 0]) + (0).to_bytes(8, "big") + (18500000000000000).to_bytes(8, "big")

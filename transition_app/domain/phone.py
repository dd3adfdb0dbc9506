"""A plausible Belgian telephone number, written the Belgian way.  Qt-free.

python-stdnum has no telephone numbers and no phone library is a dependency, so this is a
deliberately small check of the Belgian numbering plan (BIPT):

* written nationally with the trunk prefix 0, or internationally as +32 / 0032 (the 0 dropped);
  spaces, dots, slashes, hyphens and brackets are ignored;
* mobile numbers: 04 then 8 digits (0470 12 34 56, 10 digits in all);
* every other number: 0 then 8 digits (02 123 45 67, 04 123 45 67 in Liège, 081 12 34 56,
  0800 12 345, 078 15 25 35).

It does not check that a number is in service.  :func:`normalise` returns the number in the
usual Belgian grouping, as printed in letters, or ``None`` when it is not a Belgian number.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s./()\-]+")
#: one-digit zones (Brussels, Antwerp, Liège, Ghent); all other geographic zones have two digits
_ONE_DIGIT_ZONES = frozenset("2349")


def normalise(text: str) -> str | None:
    """``"+32 (0)81/12.34.56"`` -> ``"081 12 34 56"``; ``None`` when not a plausible Belgian number."""
    raw = _SEPARATORS.sub("", text or "")
    raw = raw.replace("+32(0)", "0").replace("+320", "0")
    if raw.startswith("+32"):
        raw = "0" + raw[3:]
    elif raw.startswith("0032"):
        raw = "0" + raw[4:]
    if not raw.isdigit() or not raw.startswith("0") or raw.startswith("00"):
        return None
    digits = raw[1:]
    if digits.startswith("4") and len(digits) == 9:  # mobile: 045x to 049x
        if digits[1] not in "56789":
            return None
        return f"0{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"
    if len(digits) != 8:
        return None
    if digits.startswith(("800", "90")):  # free and premium-rate numbers: 0800 12 345
        return f"0{digits[:3]} {digits[3:5]} {digits[5:]}"
    if digits[0] in _ONE_DIGIT_ZONES:
        return f"0{digits[0]} {digits[1:4]} {digits[4:6]} {digits[6:]}"
    return f"0{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"

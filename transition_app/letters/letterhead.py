"""The letterhead of a reception centre in letters and dossiers: name, operator, address, contact, logo.  Qt-free.

    centre_letterhead(centre, "fr")
    -> Letterhead("Centre de Jodoigne", ("Rue de la Station 12", "1370 Jodoigne"),
                  ("010 81 23 45", "accueil@example.org", "N° d'entreprise 0403.019.261"), logo=b"...")

The municipality is written in its official language (the letter's language where it has
several), as in the address of the letter itself.
"""

from __future__ import annotations

from transition_app.documents import model as m
from transition_app.documents.labels import labels
from transition_app.domain import directory
from transition_app.services.dto import CentreView


def centre_place(centre: CentreView | None, language: str) -> str | None:
    """The centre's municipality in its official language ("Liège", "Bruxelles" / "Brussel")."""
    town = directory.municipality(centre.municipality_nis) if centre and centre.municipality_nis else None
    if town is None:
        return None
    return town.name(language if language in town.languages else town.languages[0])


def centre_address_lines(centre: CentreView, language: str) -> tuple[str, ...]:
    """``("Rue de la Station 12", "1370 Jodoigne")`` (the lines that are known)."""
    town_line = " ".join(p for p in (centre.postcode or "", centre_place(centre, language) or "") if p)
    return tuple(line for line in (centre.address or "", town_line) if line)


#: operators printed under the centre's name (the others are kinds of operator, not names)
NAMED_OPERATORS = ("fedasil", "croix_rouge", "rode_kruis", "loi")
_LETTERHEAD_LANGUAGES = ("fr", "nl", "de", "en")


def centre_operator(centre: CentreView, language: str) -> str:
    """The operator's name in the letterhead ("Fedasil", "Croix-Rouge de Belgique"), in ``language``
    when it is an authority language, else in the centre's municipality's language ("" if none)."""
    if centre.operator not in NAMED_OPERATORS:
        return ""
    if language not in _LETTERHEAD_LANGUAGES:
        town = directory.municipality(centre.municipality_nis) if centre.municipality_nis else None
        language = town.languages[0] if town is not None else "fr"
    from transition_app.letters.catalog import default_catalog

    try:
        return default_catalog().entry(f"common.term.operator_{centre.operator}", language).text.source
    except Exception:  # noqa: BLE001 - a letterhead without the operator rather than no letter
        return ""


def centre_letterhead(centre: CentreView, language: str) -> m.Letterhead:
    contact = [centre.phone or "", centre.email or ""]
    if centre.enterprise_number:
        contact.append(f"{labels(language).enterprise_number} {centre.enterprise_number_display}")
    return m.Letterhead(centre.name, centre_address_lines(centre, language), tuple(c for c in contact if c),
                        logo=centre.logo, operator=centre_operator(centre, language))

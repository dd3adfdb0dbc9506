"""Reading caseload files (CSV as Belgian Excel writes it, XLSX) and recognising headers and values."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
import pytest

from transition_app.domain.validation import ServiceError
from transition_app.services.importing import readers
from transition_app.services.importing import vocabulary as V
from transition_app.services.importing.readers import FORMULA_WITHOUT_VALUE, read_csv_bytes, read_xlsx_bytes

CSV_TEXT = ("Famille;Nom;Prénom;Date de naissance;Remarques\r\n"
            "F1;Haddad;Amélie;04/03/1990;\"suivi CPAS; rendez-vous\r\nle lundi\"\r\n"
            "F1;Haddad;Omar;01/06/2015;\r\n"
            "\r\n"
            "F2;Çelik;Zeynep;03-04-1999;né(e) à Gaziantep\r\n")


def cells(table, column):
    i = table.headers.index(column)
    return [r.cells[i] if i < len(r.cells) else None for r in table.rows]


@pytest.mark.parametrize("encoding, bom", [("cp1252", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf")],
                         ids=["cp1252", "utf-8", "utf-8 with BOM"])
def test_csv_as_belgian_excel_writes_it(encoding, bom):
    table = read_csv_bytes(bom + CSV_TEXT.encode(encoding))
    assert table.delimiter == ";"
    assert table.encoding == ("utf-8-sig" if bom else encoding)
    assert table.headers == ("Famille", "Nom", "Prénom", "Date de naissance", "Remarques")
    assert cells(table, "Prénom") == ["Amélie", "Omar", "Zeynep"]
    assert cells(table, "Nom")[2] == "Çelik"
    # a quoted field keeps its separator and its line break, and is still one row (as Excel shows it);
    # the empty line keeps its number
    assert cells(table, "Remarques")[0] == "suivi CPAS; rendez-vous\r\nle lundi"
    assert [r.number for r in table.rows] == [2, 3, 5]


def test_csv_with_commas_tabs_sep_line_and_utf16():
    comma = read_csv_bytes(b'Surname,Given names,Notes\nHaddad,Amal,"a, b"\n')
    assert comma.delimiter == "," and cells(comma, "Notes") == ["a, b"]
    tab = read_csv_bytes("Naam\tVoornaam\nPeeters\tAnna\n".encode("utf-16"))
    assert tab.delimiter == "\t" and tab.encoding == "utf-16" and cells(tab, "Voornaam") == ["Anna"]
    hinted = read_csv_bytes(b"sep=,\nNom,Prenom;x\nA,B;c\n")  # Excel's hint line is not a row
    assert hinted.delimiter == "," and hinted.headers == ("Nom", "Prenom;x") and hinted.rows[0].number == 2


def test_csv_header_found_below_a_title_row():
    table = read_csv_bytes("Liste des résidents - novembre;;\n;;\nNom;Prénom;Sexe\nA;B;M\n".encode("cp1252"))
    assert table.header_row == 3 and table.headers == ("Nom", "Prénom", "Sexe") and table.rows[0].number == 4


def test_binary_or_empty_files_are_refused_in_plain_words():
    with pytest.raises(ServiceError) as exc:
        read_csv_bytes(b"PK\x03\x04\x00\x00binary")
    assert exc.value.code.id == "import.unreadable"
    with pytest.raises(ServiceError) as exc:
        read_csv_bytes(b"Nom;Prenom\r\n")
    assert exc.value.code.id == "import.empty_file"
    with pytest.raises(ServiceError) as exc:
        readers.file_type("caseload.xls")
    assert "save an .xls" in str(exc.value)


# --------------------------------------------------------------------------- XLSX


def _with_cached_value(data: bytes, cell: str, value: str) -> bytes:
    """The workbook as Excel saves it: the formula cell with its computed result (openpyxl writes none)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*/?>(</v>)?'.encode(),
                                 rb"\1<v>" + value.encode() + b"</v>", content)
            dst.writestr(item, content)
    return out.getvalue()


def workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Résidents"
    ws.append(["Gezin", "Naam", "Voornaam", "Geboortedatum", "Rijksregisternummer", "Postcode", "Leeftijd"])
    ws.append(["G-1", "Haddad", "Amal", dt.datetime(1990, 3, 4), 1010112345, 4000, "=2026-1990"])
    ws.append([None, "Haddad", "Omar", dt.date(2015, 6, 1), None, None, "=2026-2015"])
    ws.append(["G-2", "Kaya", "Zeynep", "03/04/1999", None, None, None])
    ws.merge_cells("A2:A3")  # the family key over both members' rows
    ws["E2"].number_format = "00000000000"  # a national register number shown with its leading 0
    other = wb.create_sheet("Archief")
    other.append(["Naam", "Voornaam"])
    other.append(["Peeters", "An"])
    buf = io.BytesIO()
    wb.save(buf)
    return _with_cached_value(buf.getvalue(), "G2", "36")


@pytest.mark.parametrize("fast", [True, False], ids=["xml pass", "openpyxl iteration"])
def test_xlsx_merged_formula_date_and_number_cells(fast, monkeypatch):
    if not fast:
        monkeypatch.setattr(readers, "_fast_grid", lambda *a: None)
    table = read_xlsx_bytes(workbook())
    assert table.sheet == "Résidents" and table.sheets == ("Résidents", "Archief")
    assert cells(table, "Gezin") == ["G-1", "G-1", "G-2"]  # the merged cell's value on every row of the range
    assert cells(table, "Geboortedatum")[:2] == [dt.datetime(1990, 3, 4), dt.datetime(2015, 6, 1)]
    assert cells(table, "Rijksregisternummer")[0] == "01010112345"  # digits as shown, not the number
    assert cells(table, "Leeftijd")[0] == 36  # the result Excel saved with the formula
    assert cells(table, "Leeftijd")[1] is FORMULA_WITHOUT_VALUE  # saved without a result: never "empty"
    assert [r.number for r in table.rows] == [2, 3, 4]


def test_xlsx_sheet_choice_and_unknown_sheet():
    table = read_xlsx_bytes(workbook(), "archief")
    assert table.sheet == "Archief" and table.headers == ("Naam", "Voornaam")
    assert table.rows[0].cells == ("Peeters", "An")
    with pytest.raises(ServiceError) as exc:
        read_xlsx_bytes(workbook(), "Feuil1")
    assert "Résidents, Archief" in str(exc.value)
    with pytest.raises(ServiceError) as exc:
        read_xlsx_bytes(b"not a zip file")
    assert exc.value.code.id == "import.unreadable"


# --------------------------------------------------------------------------- headers and values


@pytest.mark.parametrize("header, field", [
    ("Nom", "surname"), ("Naam", "surname"), ("Surname", "surname"), ("Family name", "surname"),
    ("Prénom", "given_names"), ("Voornaam", "given_names"), ("Given names", "given_names"),
    ("Date de naissance", "birth_date"), ("Geboortedatum", "birth_date"), ("Birth date", "birth_date"),
    ("DATE DE NAISSANCE (jj/mm/aaaa)", "birth_date"), ("date_de_naissance", "birth_date"),
    ("Nationalité", "nationality"), ("Nationaliteit", "nationality"), ("Nationality", "nationality"),
    ("Numéro national", "national_register_number"), ("Rijksregisternummer", "national_register_number"),
    ("NISS", "national_register_number"), ("INSZ", "national_register_number"),
    ("N° de famille", "family_key"), ("Gezin", "family_key"), ("Household", "family_key"),
    ("Lien de parenté", "relationship"), ("Relatie", "relationship"), ("Sexe", "sex"), ("Geslacht", "sex"),
    ("Statut", "protection_status"), ("Date de décision", "decision_date"), ("Beslissingsdatum", "decision_date"),
    ("Commune", "destination_municipality"), ("Gemeente", "destination_municipality"), ("GSM", "phone"),
    ("E-mail", "email"), ("Courriel", "email"), ("N° dossier", "case_number"), ("Opmerkingen", "notes"),
    ("Instance", "decision_body"), ("Langues parlées", "languages"), ("Talen", "languages"),
])
def test_headers_in_french_dutch_and_english(header, field):
    assert V.field_for_header(header) == field


def test_unknown_header_is_not_guessed():
    assert V.field_for_header("Chambre") is None and V.field_for_header("Kamer 12") is None


@pytest.mark.parametrize("text, day", [
    ("04/03/1990", dt.date(1990, 3, 4)), ("4/3/1990", dt.date(1990, 3, 4)), ("4.3.1990", dt.date(1990, 3, 4)),
    ("04-03-1990", dt.date(1990, 3, 4)), ("1990-03-04", dt.date(1990, 3, 4)), ("04/03/1990 00:00", dt.date(1990, 3, 4)),
    (dt.datetime(1990, 3, 4, 0, 0), dt.date(1990, 3, 4)),
])
def test_dates(text, day):
    assert V.date_value(text, "Birth date") == day


def test_excel_serial_numbers_are_dates_only_in_xlsx():
    assert V.date_value(32936, "Birth date", excel=True) == dt.date(1990, 3, 4)
    with pytest.raises(V.BadValue):
        V.date_value(32936, "Birth date", excel=False)


@pytest.mark.parametrize("text, code", [
    ("1/1/85", "import.date_two_digit_year"), ("04.03.90", "import.date_two_digit_year"),
    ("31/02/2020", "import.date_invalid"), ("March 4th", "import.date_invalid"),
    ("01/01/1850", "import.date_implausible")])
def test_bad_dates_are_refused_with_the_reason(text, code):
    with pytest.raises(V.BadValue) as exc:
        V.date_value(text, "Birth date")
    assert exc.value.code.id == code


@pytest.mark.parametrize("vocabulary, text, code", [
    ("sex", "Homme", "M"), ("sex", "V", "F"), ("sex", "vrouw", "F"), ("sex", "H", "M"), ("sex", "x", "X"),
    ("relationship", "Chef de ménage", "head"), ("relationship", "gezinshoofd", "head"),
    ("relationship", "Époux", "spouse"), ("relationship", "echtgenoot", "spouse"), ("relationship", "enfant", "child"),
    ("relationship", "Kind", "child"), ("relationship", "daughter", "child"),
    ("protection_status", "Réfugié", "refugee"), ("protection_status", "vluchteling", "refugee"),
    ("protection_status", "subsidiaire", "subsidiary"), ("protection_status", "Subsidiaire bescherming", "subsidiary"),
    ("decision_body", "CGRA", "cgrs"), ("decision_body", "CGVS", "cgrs"), ("decision_body", "RvV", "call"),
    ("decision_body", "CCE", "call"),
])
def test_value_vocabularies(vocabulary, text, code):
    assert V.vocabulary_value(vocabulary, text, "label") == code


def test_unknown_value_names_what_is_expected():
    with pytest.raises(V.BadValue) as exc:
        V.vocabulary_value("sex", "?", "Sex")
    assert exc.value.params["expected"] == "M, F, X"


@pytest.mark.parametrize("text, code", [("SY", "SY"), ("Syrie", "SY"), ("Syrië", "SY"), ("Syria", "SY"),
                                        ("syrienne", "SY"), ("Érythrée", "ER"), ("Eritrea", "ER"),
                                        ("Afghanistan", "AF"), ("Territoires palestiniens", "PS"), ("Palestine", "PS"),
                                        ("RDC", "CD"), ("Congo-Kinshasa", "CD"), ("apatride", "XX"), ("Turquie", "TR")])
def test_nationalities_by_code_or_name(text, code):
    assert V.nationality(text, "Nationality") == code


def test_languages_by_code_or_name():
    assert V.language_list("arabe, français", "L") == ("ar", "fr")
    assert V.language_list("Tigrinya / Engels", "L") == ("ti", "en")
    assert V.language_list("Kurdish (Sorani)", "L") == ("ckb",)
    assert V.language_list("dari en pashto", "L") == ("prs", "ps")
    with pytest.raises(V.BadValue):
        V.language_list("klingon", "L")


@pytest.mark.parametrize("text, nis", [("Liège", "62063"), ("Luik", "62063"), ("Lüttich", "62063"), ("4000", "62063"),
                                       ("Gent", "44021"), ("Gand", "44021"), ("9000 Gent", "44021"),
                                       ("Bruxelles", "21004"), ("1000", "21004")])
def test_municipality_by_name_in_any_language_or_postcode(text, nis):
    assert V.municipality(text, "Destination") == nis


def test_unknown_or_ambiguous_municipality():
    with pytest.raises(V.BadValue) as exc:
        V.municipality("Atlantis", "Destination")
    assert exc.value.code.id == "import.unknown_municipality"
    with pytest.raises(V.BadValue) as exc:
        V.municipality("0000", "Destination")
    assert exc.value.code.id == "import.unknown_municipality"


def test_numbers_that_lost_their_leading_zeros():
    assert V.digits_text(1010112345, 11) == "01010112345" and V.digits_text("85.07.30-033.28", 11) == "85.07.30-033.28"
    assert V.phone_text(470123456) == "0470123456" and V.phone_text(32470123456) == "+32470123456"

"""``letter``, ``dossier`` and ``dossiers`` on the command line: files read back, one-line errors, atomic writes."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import unicodedata

import docx
import pypdf
import pytest

from tests.unit.test_cli import run
from transition_app import cli_documents
from transition_app.documents.scripts import strip_controls


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", strip_controls(text)))


def _pdf_text(path) -> str:
    return _norm(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages))


def _docx_text(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return _norm("\n".join(parts))


@pytest.fixture
def home(tmp_path, capsys):
    """A demo database (its key lives in the test's in-memory keyring, so one per test)."""
    data = tmp_path / "home"
    code, _, err = run(capsys, "--data-dir", str(data), "demo", "--families", "30", "--seed", "11")
    assert code == 0, err
    return data


def _give_consents(data, family_ids=None, shared_with: str | None = None) -> list[str]:
    """Record the families' consent to a handover dossier for the CPAS of their new municipality
    (or ``shared_with``); returns their case numbers."""
    from transition_app import paths
    from transition_app.security.unlock import unlock_for_cli
    from transition_app.services.context import open_context
    from transition_app.store.models import Consent, Family

    app_paths = paths.init(data)
    ctx = open_context(app_paths, None, unlock_for_cli(app_paths))
    try:
        with ctx.db.session() as s:
            families = s.query(Family).all() if family_ids is None else [s.get(Family, i) for i in family_ids]
            for f in families:
                s.add(Consent(family_id=f.id, purpose="handover dossier", shared_with=shared_with or "CPAS",
                              given_on=dt.date(2026, 11, 1), purpose_code="handover_dossier",
                              recipient_key=None if shared_with else f"cpas:{f.destination_nis}"))
            return [f.case_number for f in families]
    finally:
        ctx.close()


def _home_in_destination(data, family_id: int) -> str:
    """A street in the family's new municipality ("street|postcode place"): a registration letter
    goes to the municipality of the new home."""
    from transition_app import paths
    from transition_app.domain import directory
    from transition_app.security.unlock import unlock_for_cli
    from transition_app.services.context import open_context
    from transition_app.store.models import Family

    app_paths = paths.init(data)
    ctx = open_context(app_paths, None, unlock_for_cli(app_paths))
    try:
        with ctx.db.session() as s:
            nis = s.get(Family, family_id).destination_nis
    finally:
        ctx.close()
    return f"Rue Haute 5|{directory.postcodes_of(nis)[0]} {directory.municipality(nis).name('fr')}"


def _family_with_destination(capsys, data) -> dict:
    code, out, _ = run(capsys, "--data-dir", str(data), "list", "--status", "transition", "--json")
    assert code == 0
    for row in json.loads(out):
        code, out, _ = run(capsys, "--data-dir", str(data), "checklist", "--family", str(row["id"]), "--json")
        view = json.loads(out)
        if view["region"] and view["steps"]:
            return {**row, "view": view}
    raise AssertionError("no family in transition with a destination in the demo data")


def test_letter_list_needs_no_database(tmp_path, capsys):
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "none"), "letter", "--list")
    assert code == 0 and err == ""
    assert "cpas_rental_guarantee" in out and "authority: fr, nl, de, en" in out
    assert "ti" in out and "prs" in out and "inputs: dwelling_address (address)" in out
    assert not (tmp_path / "none").exists()


def test_letter_to_pdf_and_docx_read_back(home, tmp_path, capsys):
    fam = _family_with_destination(capsys, home)
    pdf = tmp_path / "letter.pdf"
    base = ["--data-dir", str(home), "letter", "--family", str(fam["id"]), "--template", "municipality_registration"]
    code, out, err = run(capsys, *base, "--lang", "ar", "--authority-lang", "fr",
                         "--input", f"dwelling_address={_home_in_destination(home, fam['id'])}",
                         "--input", "move_in_date=2026-12-01",
                         "--recipient-address", "Place du Marché 2|4000 Liège", "-o", str(pdf))
    assert code == 0, err
    assert "unencrypted copy of personal data" in err and "family copy in ar" in out
    assert "a draft that a jurist has not yet reviewed" in err  # told to the worker, not printed on the letter
    text = _pdf_text(pdf)
    assert fam["case_number"] in text and "Rue Haute 5" in text and "Place du Marché 2" in text
    assert "jurist" not in text and "juriste" not in text
    docx_path = tmp_path / "letter.docx"
    code, _, err = run(capsys, *base, "--lang", "nl",
                       "--input", "dwelling_address=" + _home_in_destination(home, fam["id"]).replace(
                           "Rue Haute 5", "Kerkstraat 1"), "--input", "move_in_date=2026-12-01",
                       "--recipient-address", "Botermarkt 1|9000 Gent", "--format", "docx", "-o", str(docx_path))
    assert code == 0, err
    text = _docx_text(docx_path)
    assert fam["case_number"] in text and "Kerkstraat 1" in text and "Botermarkt 1" in text


def test_dossier_to_pdf_and_docx_read_back(home, tmp_path, capsys):
    fam = _family_with_destination(capsys, home)
    pdf = tmp_path / "dossier.pdf"
    # a CPAS is a third party: refused without the family's consent, in one line, and no file
    code, out, err = run(capsys, "--data-dir", str(home), "dossier", "--family", str(fam["id"]),
                         "--recipient", "cpas", "--lang", "fr", "-o", str(pdf))
    assert code == 1 and "consent" in err and err.count("\n") == 1 and not pdf.exists()
    _give_consents(home, [fam["id"]])
    code, out, err = run(capsys, "--data-dir", str(home), "dossier", "--family", str(fam["id"]),
                         "--recipient", "cpas", "--lang", "fr", "-o", str(pdf))
    assert code == 0, err
    assert "unencrypted copy of personal data" in err and "recorded" in out
    text = _pdf_text(pdf)
    assert "Dossier de transmission" in text and fam["case_number"] in text
    assert "Composition du ménage" in text and "Notes de transmission" not in text
    docx_path = tmp_path / "dossier.docx"
    code, out, err = run(capsys, "--data-dir", str(home), "dossier", "--family", str(fam["id"]),
                         "--recipient", "buddy", "--lang", "nl", "--override-reason", "Buddy named by the family",
                         "-o", str(docx_path))
    assert code == 0, err
    text = _docx_text(docx_path)
    assert "Overdrachtsdossier" in text and fam["case_number"] in text
    assert "Beschermingsstatus" not in text and "Rijksregisternummer" not in text


def test_dossier_sections_and_confidential_flag(home, tmp_path, capsys):
    fam = _family_with_destination(capsys, home)
    out_file = tmp_path / "d.pdf"
    code, out, err = run(capsys, "--data-dir", str(home), "dossier", "--family", str(fam["id"]),
                         "--recipient", "worker", "--sections", "household,checklist", "-o", str(out_file))
    assert code == 0, err and "sections: household, checklist." in out
    code, _, err = run(capsys, "--data-dir", str(home), "dossier", "--family", str(fam["id"]),
                       "--recipient", "worker", "--sections", "household,confidential_notes", "-o", str(out_file))
    assert code == 2 and "--include-confidential" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--data-dir", str(home), "dossier", "--family", str(fam["id"]),
                       "--recipient", "buddy", "--sections", "protection", "-o", str(tmp_path / "b.pdf"))
    assert code == 1 and err.count("\n") == 1 and not (tmp_path / "b.pdf").exists()


def test_failures_leave_no_file(home, tmp_path, capsys):
    fam = _family_with_destination(capsys, home)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "letter.pdf"
    # a required input missing: the letter cannot be made
    code, out, err = run(capsys, "--data-dir", str(home), "letter", "--family", str(fam["id"]),
                         "--template", "cpas_rental_guarantee", "--lang", "fr", "-o", str(target))
    assert code == 1 and out == "" and err.count("\n") == 1
    # every missing input at once, by its label, and how to give them; no placeholder, no template id
    assert "missing: Address of the new dwelling, Start of the lease, Monthly rent" in err
    assert "(give --input dwelling_address=... --input lease_start=... --input rent=... --recipient-address" in err
    assert "{" not in err and "cpas_rental_guarantee" not in err
    # a family that does not exist
    code, _, err = run(capsys, "--data-dir", str(home), "dossier", "--family", "99999", "--recipient", "cpas",
                       "-o", str(out_dir / "d.pdf"))
    assert code == 1 and "does not exist" in err and err.count("\n") == 1
    # a bad input value
    code, _, err = run(capsys, "--data-dir", str(home), "letter", "--family", str(fam["id"]),
                       "--template", "municipality_registration", "--lang", "fr",
                       "--input", "dwelling_address=Rue 1|1000 Bruxelles", "--input", "move_in_date=tomorrow",
                       "-o", str(target))
    assert code == 1 and err.count("\n") == 1
    assert "Moving-in date: 'tomorrow' is not a date; write it as YYYY-MM-DD." in err and "move_in_date" not in err
    assert sorted(p.name for p in out_dir.iterdir()) == []  # no file, no temporary left behind


def test_write_error_keeps_the_old_file(home, tmp_path, capsys, monkeypatch):
    fam = _family_with_destination(capsys, home)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "dossier.pdf"
    target.write_bytes(b"old")

    def broken(doc):
        raise OSError(28, "No space left on device")

    import transition_app.documents.pdf as pdfmod

    monkeypatch.setattr(pdfmod, "render_pdf", broken)
    _give_consents(home, [fam["id"]])
    code, _, err = run(capsys, "--data-dir", str(home), "dossier", "--family", str(fam["id"]),
                       "--recipient", "cpas", "-o", str(target))
    assert code == 1 and "could not write" in err
    assert target.read_bytes() == b"old" and [p.name for p in out_dir.iterdir()] == ["dossier.pdf"]


def test_batch_of_dossiers(home, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # without consent every family is skipped, named by case number only
    code, out, err = run(capsys, "--data-dir", str(home), "dossiers", "--leaving-within", "60", "-o", str(out_dir))
    assert code == 0, err
    skipped = re.search(r"Skipped (\d+) without the family's consent for this recipient \(case numbers: ([^)]*)\)",
                        out)
    assert skipped and int(skipped.group(1)) > 0 and list(out_dir.iterdir()) == []
    cases = skipped.group(2).split(", ")
    assert all(re.fullmatch(r"[A-Z0-9-]+", c) for c in cases)
    _give_consents(home)
    code, out, err = run(capsys, "--data-dir", str(home), "dossiers", "--leaving-within", "60", "-o", str(out_dir))
    assert code == 0, err
    files = sorted(out_dir.iterdir())
    assert files and all(f.suffix == ".pdf" and f.name.endswith("_cpas.pdf") for f in files)
    assert f"Wrote {len(files)} of {len(files)} dossiers" in out and "unencrypted" in err and "Skipped" not in out
    assert {f.name.split("_")[0] for f in files} == set(cases)
    assert pypdf.PdfReader(io.BytesIO(files[0].read_bytes())).pages
    code, _, err = run(capsys, "--data-dir", str(home), "dossiers", "--leaving-within", "5",
                       "-o", str(tmp_path / "missing"))
    assert code == 2 and "does not exist" in err


def test_parser_knows_the_document_commands():
    from transition_app import cli

    parser = cli.build_parser()
    args = parser.parse_args(["dossier", "--family", "3", "--recipient", "ngo", "-o", "x.docx"])
    assert args.command == "dossier" and cli_documents._format(args) == "docx"
    with pytest.raises(SystemExit):
        parser.parse_args(["dossier", "--family", "3", "--recipient", "mayor", "-o", "x.pdf"])


def _letter_args(*extra: str):
    from transition_app import cli

    return cli.build_parser().parse_args(["letter", *extra])


def test_letter_uses_the_dwelling_of_the_family_file_and_input_overrides_it(ctx, staff, tmp_path, capsys):
    """The address, rent and guarantee typed once in the family file make the CPAS letter; --input wins."""
    from decimal import Decimal

    from tests.conftest import decision, family_input, person
    from transition_app.services.dto import DwellingInput

    fam = ctx.families.create_family(family_input(
        person(), centre_id=staff["centre"].id, worker_id=staff["anna"].id, destination_nis="62063",
        exit_date=dt.date(2026, 12, 1), decision=decision()))
    ctx.directory.update("cpas:62063", ctx.directory.get("cpas:62063").to_input().__class__(
        address="Place Saint-Jacques 13", postcode="4000"), None)
    ctx.families.set_dwelling(fam.id, DwellingInput(address="Rue Haute 5", postcode="4000", rent=Decimal("650"),
                                                    guarantee=Decimal("1300"), landlord_name="Jean Dupont"),
                              fam.version)
    target = tmp_path / "letter.pdf"
    base = ["--family", str(fam.id), "--template", "cpas_rental_guarantee", "--lang", "fr", "-o", str(target)]
    code = cli_documents.run("letter", ctx, _letter_args(*base))
    err = capsys.readouterr().err
    assert code == 1 and "missing: Start of the lease (give --input lease_start=...)" in err  # not in the file
    code = cli_documents.run("letter", ctx, _letter_args(*base, "--input", "lease_start=2026-12-01",
                                                         "--input", "rent=700"))
    assert code == 0, capsys.readouterr().err
    text = _pdf_text(target)
    assert "Rue Haute 5, 4000 Liège" in text and "Jean Dupont" in text and "CPAS de Liège" in text
    assert "700,00" in text and "650" not in text and "1 300,00" in text.replace("\u202f", " ")


def test_letter_checks_on_the_command_line(ctx, staff, tmp_path, capsys):
    """A wrong CPAS is refused naming the competent one and the option to switch; a referral needs a
    consent or --consent-override (audited); the unreviewed authority wording is said on stderr."""
    from tests.conftest import decision, family_input, person
    from transition_app.services.audit import AuditAction, AuditQuery

    fam = ctx.families.create_family(family_input(
        person(), centre_id=staff["centre"].id, worker_id=staff["anna"].id, destination_nis="21012",
        exit_date=dt.date(2026, 12, 1), decision=decision()))
    target = tmp_path / "letter.pdf"
    base = ["--family", str(fam.id), "--lang", "fr", "-o", str(target)]
    flat = ["--template", "cpas_integration_income", "--input", "dwelling_address=Rue Wayez 10|1070 Anderlecht",
            "--recipient-address", "Avenue Clemenceau 1|1070 Anderlecht"]
    code = cli_documents.run("letter", ctx, _letter_args(*base, *flat))
    err = capsys.readouterr().err
    assert code == 1 and "CPAS d'Anderlecht" in err and "not to CPAS de Molenbeek-Saint-Jean" in err
    assert "(give --cpas 21001)" in err and not target.exists()
    code = cli_documents.run("letter", ctx, _letter_args(*base, *flat, "--cpas", "21001", "--save-address"))
    err = capsys.readouterr().err
    assert code == 0, err
    assert "a draft that a jurist has not yet reviewed" in err and "Saved the addressee's address" in err
    assert "Avenue Clemenceau 1" in _pdf_text(target)
    assert ctx.directory.get("cpas:21001").address == "Avenue Clemenceau 1"
    target.unlink()
    referral = ["--template", "integration_referral", "--recipient-address", "Rue de l'Ecole 1|1080 Molenbeek"]
    code = cli_documents.run("letter", ctx, _letter_args(*base, *referral))
    err = capsys.readouterr().err
    assert code == 1 and "No consent of the family is recorded" in err and "--consent-override" in err
    assert not target.exists()
    reason = "Consent given orally at the interview, the form follows."
    code = cli_documents.run("letter", ctx, _letter_args(*base, *referral, "--consent-override", reason))
    err = capsys.readouterr().err
    assert code == 0, err
    assert "sent without a recorded consent" in err and "donné son accord" not in _pdf_text(target)
    (entry,) = ctx.audit.browse(AuditQuery(family_id=fam.id, action=AuditAction.CONSENT_OVERRIDE))
    assert entry.details["reason"] == reason and entry.details["document_id"] == "integration_referral"


def test_letter_as_two_files_one_for_the_authority_one_for_the_family(home, tmp_path, capsys):
    fam = _family_with_destination(capsys, home)
    pdf = tmp_path / "letter.pdf"
    code, out, err = run(capsys, "--data-dir", str(home), "letter", "--family", str(fam["id"]), "--template",
                         "municipality_registration", "--lang", "ar", "--authority-lang", "fr", "--two-files",
                         "--input", f"dwelling_address={_home_in_destination(home, fam['id'])}",
                         "--input", "move_in_date=2026-12-01",
                         "--recipient-address", "Place du Marché 2|4000 Liège", "-o", str(pdf))
    assert code == 0, err
    family_pdf = tmp_path / "letter-family.pdf"
    assert pdf.exists() and family_pdf.exists() and str(family_pdf) in out
    authority, family = _pdf_text(pdf), _pdf_text(family_pdf)
    assert "Place du Marché 2" in authority and "Traduction provisoire" not in authority
    assert fam["case_number"] in family and "Place du Marché 2" not in family

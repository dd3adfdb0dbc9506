import datetime as dt
import os
import subprocess
from pathlib import Path

from tests.integration.test_dossier_professional import GENT, LIEGE, give_consent, make_family


def test_shots(ctx, staff, tmp_path):
    shots = Path(os.environ.get("DOSSIER_SHOTS", "/tmp/dossier/shots"))
    shots.mkdir(parents=True, exist_ok=True)
    buddy = ctx.staff.create_worker("zoe", "Zoé Buddy", "admin_buddy", staff["centre"].id)
    for nis, name in ((LIEGE, "fr"), (GENT, "nl")):
        fam = make_family(ctx, staff, nis)
        ctx.buddies.assign(fam.id, buddy.id)
        cl = ctx.checklists.get_checklist(fam.id)
        st = cl.step("bank.account")
        cl = ctx.checklists.set_status(fam.id, st.step_id, "done", st.version, done_on=dt.date(2026, 11, 5))
        st = cl.step("family_reunification.documents")
        ctx.checklists.set_status(fam.id, st.step_id, "not_applicable", st.version)
        give_consent(ctx, fam.id, shared_with="CPAS", recipient_key=f"cpas:{nis}")
        issued = ctx.handover.issue_dossier(fam.id, "cpas", tmp_path / f"{name}.pdf")
        for old in shots.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(tmp_path / f"{name}.pdf"), str(shots / name)], check=True)
        print(issued)

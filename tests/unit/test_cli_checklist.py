import json

from tests.unit.test_cli import run


def test_checklist_and_due_commands(tmp_path, capsys):
    data = str(tmp_path / "home")
    code, _, _ = run(capsys, "--data-dir", data, "demo", "--families", "30", "--seed", "4")
    assert code == 0
    code, out, err = run(capsys, "--data-dir", data, "due", "--within", "14", "--json")
    items = json.loads(out)
    assert code == 0 and err == "" and items
    assert set(items[0]) == {"family", "case_number", "name", "worker", "step", "track", "title", "status", "due",
                             "days_left"}
    assert [i["due"] for i in items] == sorted(i["due"] for i in items)
    assert all(i["days_left"] <= 14 and i["status"] not in ("done", "not_applicable") for i in items)
    code, out, _ = run(capsys, "--data-dir", data, "due", "--within", "14")
    assert code == 0 and out.strip().splitlines()[-1].startswith(f"{len(items)} steps due within 14 days")

    family = items[0]["family"]
    code, out, _ = run(capsys, "--data-dir", data, "checklist", "--family", str(family), "--json")
    view = json.loads(out)
    assert code == 0 and view["family"] == family and view["steps"]
    assert items[0]["step"] in {s["id"] for s in view["steps"]}
    assert {"id", "status", "availability", "due", "done_on", "note", "changed_by"} <= set(view["steps"][0])
    code, out, _ = run(capsys, "--data-dir", data, "checklist", "--family", str(family))
    assert code == 0 and view["case_number"] in out and ("[x]" in out or "[ ]" in out)


def test_checklist_errors_are_one_line(tmp_path, capsys):
    data = str(tmp_path / "home")
    run(capsys, "--data-dir", data, "demo", "--families", "2")
    code, out, err = run(capsys, "--data-dir", data, "checklist", "--family", "999")
    assert code == 1 and out == "" and err.count("\n") == 1 and "does not exist" in err
    code, out, err = run(capsys, "--data-dir", data, "due", "--within", "-3")
    assert code == 2 and out == "" and "--within" in err


def test_checklist_of_a_family_that_left_says_so_and_is_not_late(tmp_path, capsys):
    data = str(tmp_path / "home")
    run(capsys, "--data-dir", data, "demo", "--families", "40", "--seed", "4")
    code, out, _ = run(capsys, "--data-dir", data, "list", "--status", "left", "--json")
    left = json.loads(out)
    assert code == 0 and left
    family = left[0]["id"]
    code, out, _ = run(capsys, "--data-dir", data, "checklist", "--family", str(family), "--json")
    view = json.loads(out)
    assert view["family_status"] == "left" and view["exit_date"] and view["exit_mode"]
    assert view["exit_days_left"] is None and view["exit_due"] == view["exit_date"]
    leave = next(s for s in view["steps"] if s["id"] == "reception.exit_formalities")
    assert leave["status"] == "done" and leave["done_on"] == view["exit_date"]
    code, out, _ = run(capsys, "--data-dir", data, "checklist", "--family", str(family))
    assert f"Left the centre on {view['exit_date']}" in out and "days late" not in out.splitlines()[1]
    code, out, _ = run(capsys, "--data-dir", data, "due", "--within", "30", "--json")
    assert not [i for i in json.loads(out) if i["family"] == family and i["track"] == "reception"]

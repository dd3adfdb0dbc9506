"""`pip install .` gives a working application that finds its data from any folder."""

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_runs_from_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("transition_app-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # reuse the dependencies already installed here (not the checkout): no downloads in CI
    (site / "_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(site),
                    str(wheel)], check=True, capture_output=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["TRANSITION_APP_HOME"] = str(tmp_path / "home")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no keyring: the passphrase path
    env["TRANSITION_APP_PASSPHRASE"] = "a passphrase for this test"

    def run(*args):
        return subprocess.run([str(python), "-m", "transition_app", *args], cwd=outside, env=env,
                              capture_output=True, text=True, check=True)

    where = subprocess.run([str(python), "-c", "import transition_app, transition_app.assets as a;"
                            "print(transition_app.__file__); print(a.resource_path('checklists'))"],
                           cwd=outside, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert where[0].startswith(str(site)) and where[1].startswith(str(site))
    assert "Added 3 fictional families" in run("demo", "--families", "3").stdout
    assert len(json.loads(run("list", "--json").stdout)) == 3
    db = tmp_path / "home" / "transition.db"
    assert not db.read_bytes().startswith(b"SQLite format 3")  # encrypted at rest
    from transition_app.assets import data_root  # the checkout copy is not what ran
    assert not where[0].startswith(str(data_root()))

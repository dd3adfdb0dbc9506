"""Install the dependencies named in pyproject.toml (not the project itself).

Usage: install_deps.py runtime|test.  Development runs the package from the checkout,
so resources/ and translations/ are used in place; wheels are tested separately.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
requirements = list(project["dependencies"])
if len(sys.argv) > 1 and sys.argv[1] == "test":
    requirements += project["optional-dependencies"]["test"]
subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", *requirements],
               check=True)

"""The README's demo command on a machine without a keyring (issue 9, point 10): in a terminal it asks
for a passphrase (hidden, twice, saying why), with TRANSITION_APP_PASSPHRASE it is silent, and
without either it stops with one English line.  Run in a real pseudo-terminal, with the null keyring
backend as CI has it."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from transition_app.security.keys import MIN_PASSPHRASE_LENGTH

ROOT = Path(__file__).resolve().parents[2]
NULL_KEYRING = "keyring.backends.null.Keyring"
GOOD = "correct horse battery staple"
TIMEOUT = 90


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRANSITION_APP_")}
    env.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND=NULL_KEYRING, QT_QPA_PLATFORM="offscreen",
               TRANSITION_APP_USER="coordinator", TRANSITION_APP_PASSWORD="long enough test password")
    env.update(extra)
    return env


class Terminal:
    """A command run in a pseudo-terminal that is its controlling terminal (so getpass hides input)."""

    def __init__(self, args: list[str], env: dict[str, str]):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes the command
            try:
                os.execve(sys.executable, [sys.executable, "-m", "transition_app", *args], env)
            finally:
                os._exit(127)
        self.seen = ""

    def read_until(self, pattern: str, times: int = 1) -> str:
        """Read until ``pattern`` was shown ``times`` times in all."""
        deadline = time.monotonic() + TIMEOUT
        while len(re.findall(pattern, self.seen)) < times:
            if time.monotonic() > deadline:
                raise AssertionError(f"waited for {pattern!r}; the terminal shows:\n{self.seen}")
            ready, _, _ = select.select([self.fd], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the command ended
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"the command ended before {pattern!r}:\n{self.seen}")
                self.seen += chunk.decode("utf-8", "replace")
        return self.seen

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode() + b"\r")

    def wait(self) -> tuple[int, str]:
        deadline = time.monotonic() + TIMEOUT
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b""
                if chunk:
                    self.seen += chunk.decode("utf-8", "replace")
                    continue
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status), self.seen
            if time.monotonic() > deadline:
                os.kill(self.pid, 9)
                raise AssertionError(f"the command did not end:\n{self.seen}")


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_demo_without_keyring_asks_twice_for_a_hidden_passphrase_in_a_terminal(data):
    term = Terminal(["--data-dir", str(data), "demo", "--families", "3"], _env())
    seen = term.read_until("New passphrase: ")
    assert "No system keyring is available" in seen
    assert "protects the encrypted database" in seen and "needed at every start" in seen
    assert f"at least {MIN_PASSPHRASE_LENGTH} characters" in seen
    term.type("too short")
    term.read_until("New passphrase: ", 2)
    assert f"must have at least {MIN_PASSPHRASE_LENGTH} characters; try again" in term.seen
    term.type(GOOD)
    term.read_until("Repeat the passphrase: ")
    term.type(GOOD + " but different")
    term.read_until("New passphrase: ", 3)
    assert "are not the same; try again" in term.seen
    term.type(GOOD)
    term.read_until("Repeat the passphrase: ", 2)
    term.type(GOOD)
    code, seen = term.wait()
    assert code == 0, seen
    assert "Added 3 fictional families" in seen
    assert GOOD not in seen and "too short" not in seen  # nothing typed was echoed
    assert not (data / "transition.db").read_bytes().startswith(b"SQLite format 3")

    # the next command asks for it once; a wrong one may be typed again
    term = Terminal(["--data-dir", str(data), "list"], _env())
    seen = term.read_until("Passphrase: ")
    assert "protected by a passphrase" in seen
    term.type("not the passphrase at all")
    term.read_until("Passphrase: ", 2)
    assert "not correct; try again" in term.seen
    term.type(GOOD)
    code, seen = term.wait()
    assert code == 0 and "TA-" in seen, seen

    # with the variable: silent, no prompt
    out = subprocess.run([sys.executable, "-m", "transition_app", "--data-dir", str(data), "list"],
                         env=_env(TRANSITION_APP_PASSPHRASE=GOOD), stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=TIMEOUT)
    assert out.returncode == 0 and "passphrase" not in (out.stdout + out.stderr).lower()


def test_with_the_variable_the_demo_command_is_silent_and_without_terminal_it_says_what_to_do(data):
    quiet = subprocess.run([sys.executable, "-m", "transition_app", "--data-dir", str(data), "demo", "--families",
                            "2"], env=_env(), stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=TIMEOUT)
    assert quiet.returncode == 1
    assert quiet.stderr.count("\n") == 1 and quiet.stderr.startswith("transition-app: No system keyring")
    assert "TRANSITION_APP_PASSPHRASE" in quiet.stderr and f"at least {MIN_PASSPHRASE_LENGTH}" in quiet.stderr
    assert not (data / "transition.db").exists()

    term = Terminal(["--data-dir", str(data), "demo", "--families", "2"], _env(TRANSITION_APP_PASSPHRASE=GOOD))
    code, seen = term.wait()
    assert code == 0 and "Added 2 fictional families" in seen
    assert "passphrase:" not in seen.lower()

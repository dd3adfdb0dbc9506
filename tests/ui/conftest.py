from pathlib import Path

import pytest

from transition_app.services.demo import generate_demo
from transition_app.ui import messages
from transition_app.ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def confirm_answers(monkeypatch):
    """Answers to give to confirmation questions, in order; records the questions asked."""
    asked: list[str] = []
    answers: list[bool] = []

    def fake_confirm(parent, title, text, yes_text):
        asked.append(text)
        return answers.pop(0) if answers else False

    monkeypatch.setattr(messages, "confirm", fake_confirm)
    return answers, asked


@pytest.fixture
def window(qtbot, ctx, staff):
    generate_demo(ctx.db, 60, seed=5, today=ctx.clock.today())
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    with qtbot.waitSignal(win.families_loaded, timeout=10_000):
        win.reload()
    return win


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS

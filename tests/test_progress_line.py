"""The one progress bar of the long commands (``replay copy``, ``replay batch detect``)."""

from __future__ import annotations

import pytest

from replay.commands.common import ProgressLine, format_eta


def test_off_a_terminal_a_line_per_tenth(capsys: pytest.CaptureFixture[str]) -> None:
    bar = ProgressLine()
    assert not bar.tty  # pytest captures stderr: not a terminal
    for done in range(0, 101):
        bar.draw(done, 100, "rows")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 11  # 0 %, 10 %, ..., 100 %
    assert lines[0] == "[" + "." * 30 + "] 0/100 rows"
    assert lines[-1] == "[" + "#" * 30 + "] 100/100 rows"


def test_nothing_to_do_is_one_full_line(capsys: pytest.CaptureFixture[str]) -> None:
    ProgressLine().draw(0, 0, "sessions")
    assert capsys.readouterr().err == "[" + "#" * 30 + "] 0/0 sessions\n"


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.4, "0s"), (42, "42s"), (185, "3m05s"), (3720, "1h02m"), (-5, "0s")]
)
def test_eta_text(seconds: float, text: str) -> None:
    assert format_eta(seconds) == text

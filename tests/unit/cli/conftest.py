"""`cli`: the command line run in this process (app.cli.main with captured output).

About forty cases used to start `python -m app` each (0.6–1.3 s apiece); the contract they
check — exit codes, what goes to stdout and stderr, no traceback — is the same in process.
The few things only a real process shows (the `python -m app` entry, output through a
pipe) keep a subprocess test in test_cli.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from app.cli import EXIT_BUG, main


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


Cli = Callable[..., Ran]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    # (--data-dir sets OBJECTOR_GUIDE_DATA_DIR directly; the autouse fixture in tests/conftest.py
    # set it through monkeypatch, which puts the variable back after the test)
    monkeypatch.delenv("OBJECTOR_GUIDE_DEBUG", raising=False)

    def run(*args: str, check: bool = False) -> Ran:
        capsys.readouterr()  # what earlier calls printed is not this call's output
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, --version (0) and usage errors (2)
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        assert code != EXIT_BUG, f"internal error: {err}"
        if check:
            assert code == 0, err
        return Ran(code, out, err)

    return run

"""What a command added to ``np6`` through the ``np6.cli`` entry-point group may use (needs the ``cli`` extra).

A distribution adds a command by naming a function in its entry points::

    [project.entry-points."np6.cli"]
    sandbox = "np6_testkit.cli:sandbox"

``np6`` registers it as ``app.command(name=...)`` after its own groups (the test kit's ``np6 sandbox`` and
``np6 contract`` come this way: the SDK never imports the test kit). To behave like np6's own commands, a
command takes ``--force`` as :data:`ForceOption`, writes each output file through :class:`AtomicOutput`
(complete or not at all, never over an input, an existing file only with ``--force``), and is decorated with
:func:`reflowed` under ``@app.command()`` so its help wraps to the terminal. Exit codes: 0 success, 1 NP6 or
network failure, 2 usage error (:class:`AtomicOutput` exits 2 itself).
"""

from __future__ import annotations

from ._common import AtomicOutput, ForceOption, reflowed

__all__ = ["AtomicOutput", "ForceOption", "reflowed"]

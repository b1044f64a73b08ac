"""The test kit's commands, `np6 sandbox` and `np6 contract`.

The SDK's command line finds them through the entry-point group ``np6.cli`` (pyproject), so ``np6`` never
imports the test kit: each entry point names one typer command function, registered under the entry point's name.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from np6.cli.plugins import AtomicOutput, ForceOption, reflowed

if TYPE_CHECKING:
    from rich.console import Console

    from np6_testkit.contract import ContractReport, OperationResult


@reflowed
def sandbox(  # noqa: PLR0917 - typer maps parameters to options
    host: Annotated[
        str, typer.Option(help="Interface to bind; anything but loopback is reachable from outside.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: a free one).")] = 8080,
    api_key: Annotated[
        str | None, typer.Option(help="The X-Key clients must send (default: a random one, printed).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for ids, generated events and faults.")] = 0,
    rate_limit: Annotated[int | None, typer.Option(help="Requests per --rate-window per key before 429.")] = None,
    rate_window: Annotated[float, typer.Option(help="Rate-limit window in seconds.")] = 1.0,
    error_rate: Annotated[float, typer.Option(help="Fraction of requests answered 500/503.")] = 0.0,
    drop_rate: Annotated[float, typer.Option(help="Fraction of connections dropped mid-response.")] = 0.0,
    latency: Annotated[float, typer.Option(help="Seconds added to every response.")] = 0.0,
    spike_rate: Annotated[float, typer.Option(help="Fraction of responses delayed by --spike-latency.")] = 0.0,
    spike_latency: Annotated[float, typer.Option(help="Seconds of a latency spike.")] = 5.0,
    fault_phase: Annotated[
        str, typer.Option(help="When errors/drops strike: before, after (processing) or both.")
    ] = "before",
    body_timeout: Annotated[
        float | None,
        typer.Option(
            min=0.001,
            help="Seconds a request body may take to arrive, then 408 and the connection is closed (default: the "
            "sandbox's, 10).",
        ),
    ] = None,
) -> None:
    """Run the NP6 sandbox: a stateful NP6 CM server for offline development and tests."""
    try:
        from np6_testkit.sandbox import Faults, Sandbox
    except ImportError as missing:  # pragma: no cover - depends on the installed extras
        raise typer.BadParameter(f"the sandbox needs its extra: pip install 'np6-sdk[sandbox]' ({missing})") from None
    if fault_phase not in ("before", "after", "both"):
        raise typer.BadParameter("--fault-phase must be before, after or both")
    try:
        faults = Faults(
            seed=seed,
            rate_limit=rate_limit,
            rate_window=rate_window,
            error_rate=error_rate,
            drop_rate=drop_rate,
            latency=latency,
            spike_rate=spike_rate,
            spike_latency=spike_latency,
            phase=fault_phase,  # type: ignore[arg-type]  # checked above
        )
    except ValueError as invalid:
        raise typer.BadParameter(str(invalid)) from None
    from np6_testkit.sandbox._app import DEFAULT_BODY_TIMEOUT

    timeout = DEFAULT_BODY_TIMEOUT if body_timeout is None else body_timeout
    server = Sandbox(host=host, port=port, api_key=api_key, seed=seed, faults=faults, body_timeout=timeout)
    typer.echo(f"np6 sandbox listening on {server.url}")
    typer.echo(f"  export NP6_BASE_URL={server.url}")
    if api_key is None:
        typer.echo(f"  export NP6_API_KEY={server.api_key}")
    server.serve_forever()


@reflowed
def contract(  # noqa: PLR0917 - typer maps parameters to options
    base_url: Annotated[
        str | None, typer.Option(help="The NP6 API to check, e.g. https://api-cm.np6.com (default: $NP6_BASE_URL).")
    ] = None,
    api_key: Annotated[
        str | None, typer.Option(help="The X-Key to send (default: $NP6_API_KEY). Never printed or reported.")
    ] = None,
    random_writes: Annotated[
        bool,
        typer.Option(
            "--random-writes-on-this-account",
            help="Also send GENERATED POST/PUT/PATCH/DELETE requests with random bodies to every write operation: "
            "they may create, send mail to or delete real contacts of the account. Only for a sandbox or a "
            "throw-away account; --safe-writes is the safe way to check writes.",
        ),
    ] = False,
    include_writes: Annotated[
        bool, typer.Option("--include-writes", hidden=True, help="Removed: see --random-writes-on-this-account.")
    ] = False,
    safe_writes: Annotated[
        Path | None,
        typer.Option(
            "--safe-writes",
            help="Also check write operations through scenarios on objects the run creates (a test segment, "
            "contacts @example.invalid, a draft action never validated for production) and deletes; FILE records "
            "them so a stopped run is cleaned up by the next one. Never touches anything else, never sends.",
        ),
    ] = None,
    report: Annotated[
        list[Path] | None,
        typer.Option(
            help="Write the full report to FILE: Markdown if it ends in .md, JUnit XML in .xml, JSON otherwise "
            "(repeat for several). FILE must not exist (or give --force); it appears once the check is over."
        ),
    ] = None,
    suggest_spec_patch: Annotated[
        Path | None,
        typer.Option(
            "--suggest-spec-patch",
            help="Write the suggested spec changes as a unified diff against --spec (marks raised to seen for "
            "confirmed operations, a comment where an answer deviated), to review and apply with git apply.",
        ),
    ] = None,
    spec: Annotated[
        Path,
        typer.Option(help="The spec/np6.yaml the --suggest-spec-patch diff is made against."),
    ] = Path("spec/np6.yaml"),
    force: ForceOption = False,
    max_examples: Annotated[int, typer.Option(min=1, help="At most N requests per operation.")] = 5,
    operations: Annotated[
        list[str] | None,
        typer.Option(help="Only these operationIds (repeat the option or separate them with commas)."),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            help="A path or query parameter value: NAME=VALUE for every operation, OPERATION_ID:NAME=VALUE for one. "
            "Operations with path parameters are skipped until each one has a value (real ids of your account)."
        ),
    ] = None,
    seed: Annotated[
        int, typer.Option(help="Seed of the request generator: the same seed sends the same requests.")
    ] = 0,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait for each response.")] = 30.0,
) -> None:
    """Check that an NP6 API answers as the spec says: documented status codes, content types, headers, bodies.

    Sends up to --max-examples generated requests per operation (read-only GET operations; --safe-writes adds
    write scenarios on objects the run creates and deletes) and prints, per operation, whether the answers
    matched the spec embedded in this SDK.
    Exit code: 0 when everything matched, 1 when deviations (or unreachable API) were found, 2 for usage errors.
    """
    from rich.console import Console

    from np6_testkit.contract import (
        ContractUsageError,
        check_contract,
        parse_params,
        require_extra,
    )

    if include_writes:
        typer.echo(
            "Error: --include-writes was renamed --random-writes-on-this-account: it sends generated POST/PUT/"
            "DELETE requests that may mail or delete real contacts. To check write operations safely, use "
            "--safe-writes FILE.",
            err=True,
        )
        raise typer.Exit(2)
    try:
        require_extra()
    except ImportError as missing:  # pragma: no cover - depends on the installed extras
        typer.echo(f"Error: {missing}", err=True)
        raise typer.Exit(2) from None
    outputs = _open_outputs(report or [], suggest_spec_patch, spec, force=force)
    console = Console(highlight=False, soft_wrap=False)
    names = [name.strip() for value in operations or [] for name in value.split(",") if name.strip()]
    done = 0
    try:
        with console.status("np6 contract: starting", spinner="dots") as status:

            def progress(result: OperationResult) -> None:
                nonlocal done
                done += 1
                status.update(f"np6 contract: {done} operations, last {result.operation_id}: {result.outcome}")

            outcome = check_contract(
                base_url,
                api_key,
                include_writes=random_writes,
                operations=names or None,
                params=parse_params(param or []),
                max_examples=max_examples,
                seed=seed,
                timeout=timeout,
                on_result=progress,
                safe_writes=safe_writes,
            )
    except BaseException as stopped:  # no report: whatever was at its path stays as it was
        for output, _ in outputs:
            output.discard()
        if isinstance(stopped, ContractUsageError):
            typer.echo(f"Error: {stopped}", err=True)
            raise typer.Exit(2) from None
        raise
    _print_contract(console, outcome)
    for output, render in outputs:
        text = render(outcome)
        output.handle.write(text)
        output.commit()
        if output.path != suggest_spec_patch:
            console.print(f"report: {output.path}", markup=False)
        elif text:
            console.print(f"spec patch: {output.path} (review it, then: git apply {output.path})", markup=False)
        else:
            console.print(f"spec patch: {output.path} (empty: no spec change to suggest)", markup=False)
    raise typer.Exit(0 if outcome.ok else 1)


def _render(outcome: ContractReport, *, path: Path) -> str:
    return outcome.render(path)


def _open_outputs(
    reports: list[Path], spec_patch: Path | None, spec: Path, *, force: bool
) -> list[tuple[AtomicOutput, Callable[[ContractReport], str]]]:
    """Every file the run will write, with what writes it; checked (and the spec read) before the first request:
    a report that cannot be written must not cost a whole run."""
    from np6_testkit.contract import suggest_spec_patch

    if len(set(reports)) < len(reports):
        typer.echo("Error: the same --report file is given twice", err=True)
        raise typer.Exit(2)
    spec_text = ""
    if spec_patch is not None:
        try:
            spec_text = spec.read_text(encoding="utf-8")
        except OSError as unreadable:
            reason = unreadable.strerror or str(unreadable)
            typer.echo(f"Error: --spec {spec}: {reason} (give the spec/np6.yaml the patch is for)", err=True)
            raise typer.Exit(2) from None
    outputs: list[tuple[AtomicOutput, Callable[[ContractReport], str]]] = []
    try:
        for path in reports:
            output = AtomicOutput(path, "--report", force=force, inputs={})
            outputs.append((output, partial(_render, path=path)))
        if spec_patch is not None:
            output = AtomicOutput(spec_patch, "--suggest-spec-patch", force=force, inputs={"--spec": spec})
            label = Path(os.path.relpath(spec)).as_posix()  # git apply from where the command ran
            outputs.append((output, lambda outcome: suggest_spec_patch(outcome, spec_text, label=label)))
    except BaseException:  # the second file refused: the first one's temporary file goes too
        for output, _ in outputs:
            output.discard()
        raise
    return outputs


def _print_contract(console: Console, outcome: ContractReport) -> None:
    """A summary that reads at any width (80 columns included): counts, then each deviation wrapped under its
    operation; matched operations by name only, skipped ones counted by reason. Details are in --report."""
    import textwrap

    from rich.text import Text

    width = max(console.width, 40)

    def say(text: str, style: str = "", indent: str = "") -> None:
        # Text, never markup: answers from the API may look like rich markup.
        for line in textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False) or [""]:
            console.print(Text(line, style=style), soft_wrap=True)

    counts = outcome.counts()
    say(f"NP6 contract: {outcome.base_url} (spec {outcome.spec_version}, seed {outcome.seed})", "bold")
    say(
        f"{counts['matched']} matched, {counts['deviated']} deviated, {counts['error']} errors, "
        f"{counts['skipped']} skipped; {counts['deviations']} deviations in {counts['requests']} requests "
        f"({outcome.duration_seconds:.1f} s)",
        indent="  ",
    )
    provenance = "; ".join(
        f"{name}: {row['matched']} confirmed, {row['deviated']} contradicted"
        for name, row in outcome.by_provenance().items()
        if row["matched"] or row["deviated"]
    )
    if provenance:
        say(f"by provenance: {provenance}", "dim", indent="  ")
    deviations: dict[str, list[str]] = {}
    for deviation in outcome.deviations:
        where = f" at {deviation.json_path}" if deviation.json_path else ""
        deviations.setdefault(deviation.operation_id, []).append(
            f"{deviation.request} -> {deviation.status_code} {deviation.check}{where}: {deviation.detail} "
            f"(x-request-id {deviation.request_id or '-'})"
        )
    for result in outcome.operations:
        if result.outcome in ("deviated", "error"):
            say(f"✗ {result.operation_id} ({result.provenance}) {result.method} {result.path}", "red", indent="    ")
            for line in deviations.get(result.operation_id, []) or [result.note]:
                say(f"    {line}", indent="      ")
    matched = [result.operation_id for result in outcome.operations if result.outcome == "matched"]
    if matched:
        say(f"matched: {', '.join(matched)}", "green", indent="  ")
    skipped: dict[str, int] = {}
    for result in outcome.operations:
        if result.outcome == "skipped":
            reason = (
                "need ids (--param)"
                if result.note.startswith("needs")
                else "writes (--safe-writes)"
                if result.note.startswith("write")
                else result.note.split(":")[0]
            )
            skipped[reason] = skipped.get(reason, 0) + 1
    if skipped:
        say("skipped: " + ", ".join(f"{count} {reason}" for reason, count in skipped.items()), "dim", indent="  ")
    if suggestions := outcome.suggested_spec_changes():
        kinds: dict[str, int] = {}
        for suggestion in suggestions:
            kinds[suggestion.kind] = kinds.get(suggestion.kind, 0) + 1
        listed = ", ".join(f"{count} {kind}" for kind, count in kinds.items())
        say(f"suggested spec changes (--report; a patch: --suggest-spec-patch): {listed}", indent="  ")

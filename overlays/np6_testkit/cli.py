"""The test kit's commands, `np6 sandbox` and `np6 contract`.

The SDK's command line finds them through the entry-point group ``np6.cli`` (pyproject), so ``np6`` never
imports the test kit: each entry point names one typer command function, registered under the entry point's name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from np6.cli._common import AtomicOutput, ForceOption, reflowed

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
    include_writes: Annotated[
        bool,
        typer.Option(
            "--include-writes",
            help="Also send generated POST/PUT/PATCH/DELETE requests: they may create, send or delete real data.",
        ),
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(
            help="Write every deviation to FILE: Markdown if it ends in .md, JSON otherwise. FILE must not exist "
            "(or give --force); it appears once the check is over."
        ),
    ] = None,
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

    Sends up to --max-examples generated requests per operation (read-only GET operations unless
    --include-writes) and prints, per operation, whether the answers matched the spec embedded in this SDK.
    Exit code: 0 when everything matched, 1 when deviations (or unreachable API) were found, 2 for usage errors.
    """
    from rich.console import Console

    from np6_testkit.contract import ContractUsageError, check_contract, parse_params, require_extra

    try:
        require_extra()
    except ImportError as missing:  # pragma: no cover - depends on the installed extras
        typer.echo(f"Error: {missing}", err=True)
        raise typer.Exit(2) from None
    # Checked before the first request: a report that cannot be written must not cost a whole run.
    output = AtomicOutput(report, "--report", force=force, inputs={}) if report is not None else None
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
                include_writes=include_writes,
                operations=names or None,
                params=parse_params(param or []),
                max_examples=max_examples,
                seed=seed,
                timeout=timeout,
                on_result=progress,
            )
    except BaseException as stopped:  # no report: whatever was at its path stays as it was
        if output is not None:
            output.discard()
        if isinstance(stopped, ContractUsageError):
            typer.echo(f"Error: {stopped}", err=True)
            raise typer.Exit(2) from None
        raise
    _print_contract(console, outcome)
    if output is not None:
        output.handle.write(outcome.to_markdown() if output.path.suffix.lower() == ".md" else outcome.to_json())
        output.commit()
        console.print(f"report: {output.path}", markup=False)
    raise typer.Exit(0 if outcome.ok else 1)


def _print_contract(console: Console, outcome: ContractReport) -> None:
    from rich.markup import escape
    from rich.table import Table

    styles = {"matched": "green", "deviated": "red", "error": "red", "skipped": "dim"}
    table = Table(title=escape(f"NP6 contract: {outcome.base_url} (spec {outcome.spec_version})"))
    table.add_column("operation", no_wrap=True)
    table.add_column("request", overflow="fold")
    table.add_column("provenance")
    table.add_column("result")
    table.add_column("requests", justify="right")
    table.add_column("note", overflow="fold", ratio=1)
    skipped: dict[str, int] = {}
    for result in outcome.operations:
        if result.outcome == "skipped":
            reason = (
                "need --param ids"
                if result.note.startswith("needs")
                else "writes (--include-writes)"
                if result.note.startswith("write")
                else result.note.split(":")[0]
            )
            skipped[reason] = skipped.get(reason, 0) + 1
            continue
        style = styles[result.outcome]
        table.add_row(
            escape(result.operation_id),
            escape(f"{result.method} {result.path}"),
            escape(result.provenance),
            f"[{style}]{result.outcome}[/{style}]",
            str(result.requests),
            escape(result.note),  # texts from the API may look like rich markup
        )
    console.print(table)
    for deviation in outcome.deviations:
        where = f" at {deviation.json_path}" if deviation.json_path else ""
        text = (
            f"{deviation.operation_id} ({deviation.provenance}) {deviation.request} -> "
            f"{deviation.status_code}: {deviation.check}{where}: {deviation.detail}"
        )
        console.print(f"[red]✗[/red] {escape(text)} [dim](x-request-id {escape(deviation.request_id or '-')})[/dim]")
    counts = outcome.counts()
    skipped_text = ", ".join(f"{count} {reason}" for reason, count in skipped.items()) or "none"
    console.print(
        f"{counts['matched']} matched, {counts['deviated']} deviated, {counts['error']} errors; "
        f"{counts['deviations']} deviations in {counts['requests']} requests; skipped: {skipped_text}",
        markup=False,
    )

"""The `np6` command line."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(name="np6", help="The NP6 CM SDK command line.", no_args_is_help=True, add_completion=False)


@app.callback()
def _root() -> None:
    """The NP6 CM SDK command line."""


@app.command()
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
) -> None:
    """Run the NP6 sandbox: a stateful NP6 CM server for offline development and tests."""
    try:
        from np6.sandbox import Faults, Sandbox
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
    server = Sandbox(host=host, port=port, api_key=api_key, seed=seed, faults=faults)
    typer.echo(f"np6 sandbox listening on {server.url}")
    typer.echo(f"  export NP6_BASE_URL={server.url}")
    if api_key is None:
        typer.echo(f"  export NP6_API_KEY={server.api_key}")
    server.serve_forever()


def main() -> None:
    app()

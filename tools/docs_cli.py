"""The site's command-line reference, generated from the `np6` command itself at build time (a mkdocs hook).

Every command and group of `np6` (the test kit's `np6 sandbox` / `np6 contract` included, when installed) with
its help text, arguments and options, read from the click command tree typer builds: what `np6 ... --help`
prints, so the page cannot drift from the CLI.
"""

from __future__ import annotations

import re
from typing import Any

CLI_PAGE = "reference/cli.md"


def _text(text: str | None) -> str:
    return re.sub(r"<(?=[A-Za-z/])", "&lt;", (text or "").replace("\b", "").strip())


def _cell(text: str) -> str:
    return " ".join(_text(text).split()).replace("|", "\\|")


def _default(parameter: Any) -> str:
    default = parameter.default
    if default is None or default == () or (getattr(parameter, "is_flag", False) and default is False):
        return ""
    return f"`{default}`"


def _parameter_rows(command: Any) -> list[str]:
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    options = [p for p in command.params if p.param_type_name == "option" and not getattr(p, "hidden", False)]
    rows: list[str] = []
    if arguments:
        rows += ["**Arguments**", "", "| argument | required | description |", "|---|---|---|"]
        for argument in arguments:
            name = (argument.human_readable_name or argument.name).upper()
            help_text = getattr(argument, "help", "") or ""
            rows.append(f"| `{name}` | {'yes' if argument.required else 'no'} | {_cell(help_text)} |")
        rows.append("")
    if options:
        rows += ["**Options**", "", "| option | value | default | description |", "|---|---|---|---|"]
        for option in options:
            names = " / ".join(f"`{name}`" for name in [*option.opts, *option.secondary_opts])
            choices = getattr(option.type, "choices", None)
            value = (
                ""
                if option.is_flag
                else " \\| ".join(f"`{c}`" for c in choices)
                if choices
                else f"`{option.type.name.upper()}`"
            )
            required = " (required)" if option.required else ""
            rows.append(f"| {names}{required} | {value} | {_default(option)} | {_cell(option.help or '')} |")
        rows.append("")
    return rows


def _walk(command: Any, path: list[str], out: list[str]) -> None:
    name = " ".join(path)
    level = "#" * min(len(path) + 1, 4)
    anchor = "-".join(path)
    out += [f"{level} `{name}` {{#{anchor}}}", ""]
    subcommands = getattr(command, "commands", None)
    usage = f"{name} COMMAND [ARGS]..." if subcommands else f"{name} [OPTIONS]"
    if not subcommands:
        usage += "".join(
            f" {(p.human_readable_name or p.name).upper()}" for p in command.params if p.param_type_name == "argument"
        )
    out += ["```sh", usage, "```", "", _text(command.help), ""]
    out += _parameter_rows(command)
    for sub_name, sub in (subcommands or {}).items():
        _walk(sub, [*path, sub_name], out)


def cli_page() -> str:
    import typer
    from np6.cli import app

    out = [
        "# Command-line reference",
        "",
        "Every `np6` command with its arguments and options, generated from the command itself when the site is "
        "built (the same text as `np6 <command> --help`). The [CLI guide](../guides/cli.md) shows them at work.",
        "",
    ]
    _walk(typer.main.get_command(app), ["np6"], out)
    return "\n".join(out) + "\n"


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, CLI_PAGE, content=cli_page()))
    return files

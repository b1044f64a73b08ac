"""Part of `make generate`: ship the spec inside the generated package as ``np6_client/openapi.json``.

The sandbox and the contract tests load the spec from there, so an installed np6-sdk always serves and
checks exactly the API its client was generated from.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def main(argv: list[str]) -> int:
    spec_path, package_dir = Path(argv[1]), Path(argv[2])
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    text = json.dumps(spec, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    (package_dir / "openapi.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

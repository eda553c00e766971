"""Score kg on the silver sample of real texts (benchmarks/silver/real_silver.json; README.md here).

Usage: python benchmarks/silver/score.py [PREDICTIONS.json] [--jobs N]

Without PREDICTIONS, runs benchmarks/silver/predict.py first (about 80 s: every real text of ../shared that no
gold uses). Prints ../shared/eval/score_cases.py's per-field precision/recall on the sampled records, the cases
predicted for records that describe no patient, and the records given no case.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SILVER = HERE / "real_silver.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("predictions", nargs="?", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-silver-score-") as tmp:
        pred = args.predictions
        if pred is None:
            pred = Path(tmp) / "silver_pred.json"
            subprocess.run([sys.executable, str(HERE / "predict.py"), str(pred), "--jobs", str(args.jobs),
                            "--shared", str(args.shared)], check=True)
        out = subprocess.run([sys.executable, str(args.shared / "eval" / "score_cases.py"), str(pred), str(SILVER)],
                             capture_output=True, text=True, check=True)
    print(out.stdout, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())

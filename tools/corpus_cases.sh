#!/usr/bin/env bash
# Ingest all of ../shared/corpus into a fresh store and print `kg cases` as JSON, with
# volatile IRIs stripped, to OUT (default /tmp/corpus_cases.json): compare before/after a change.
set -euo pipefail
out=${1:-/tmp/corpus_cases.json}
store=$(mktemp -d)
kg ingest --store "$store/s" ../shared/corpus -j 2 >/dev/null 2>&1 || true
kg cases --store "$store/s" --format json | python3 -c '
import json,sys
cases=json.load(sys.stdin)
for c in cases: c.pop("case",None)
cases.sort(key=lambda c:(c["report"], json.dumps(c,sort_keys=True)))
json.dump(cases,sys.stdout,indent=1,sort_keys=True)' > "$out"
rm -rf "$store"
echo "$(python3 -c "import json;print(len(json.load(open('$out'))))") cases -> $out"

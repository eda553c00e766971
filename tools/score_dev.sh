#!/usr/bin/env bash
# Dev loop: ingest the sources of a gold set into a fresh store and score `kg cases` against it.
# usage: tools/score_dev.sh [abstracts|seeds] [--explicit-only]
set -euo pipefail
set_name=${1:-abstracts}; shift || true
store=$(mktemp -d)
case $set_name in
  abstracts) srcs=(../shared/corpus/abstracts/ ../shared/corpus/text/casereportbench_cases.json); gold=../shared/gold/abstracts_cases.gold.json;;
  seeds) srcs=(../shared/corpus/seeds/); gold=../shared/gold/seeds.gold.json;;
esac
kg ingest --store "$store/s" "${srcs[@]}" -j 2 >/dev/null 2>&1 || true
kg cases --store "$store/s" --format json > "$store/cases.json"
cp "$store/cases.json" /tmp/dev_cases_$set_name.json
python3 ../shared/eval/score_cases.py "$store/cases.json" "$gold" "$@"
rm -rf "$store"

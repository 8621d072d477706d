#!/usr/bin/env bash
# Prints the Markdown table of a PIT run per package (docs/testing.md): mutants, killed (timeouts and memory
# errors count as killed, as PIT counts them), survived, without coverage, mutation score and test strength.
# Usage: scripts/pit-summary.sh [target/pit-reports/mutations.csv]
set -euo pipefail
csv="${1:-target/pit-reports/mutations.csv}"
[ -f "$csv" ] || { echo "pit-summary: $csv: no such file (run the pit profile first, see docs/testing.md)" >&2; exit 1; }
echo "| package | mutants | killed | survived | no coverage | mutation score | test strength |"
echo "|---|---:|---:|---:|---:|---:|---:|"
awk -F, '
  function add(p, s) {
    total[p]++
    if (s == "KILLED" || s == "TIMED_OUT" || s == "MEMORY_ERROR" || s == "RUN_ERROR") killed[p]++
    else if (s == "SURVIVED") survived[p]++
    else if (s == "NO_COVERAGE") nocov[p]++
  }
  { pkg = $2; sub(/\.[^.]*$/, "", pkg); sub(/^org\.symqa\./, "", pkg); add(pkg, $6); add("~all", $6) }
  END {
    for (p in total) {
      covered = total[p] - nocov[p]
      printf "%s\t| %s | %d | %d | %d | %d | %.0f%% | %.0f%% |\n", p, (p == "~all" ? "**all core**" : p), total[p],
        killed[p], survived[p], nocov[p], 100 * killed[p] / total[p], covered ? 100 * killed[p] / covered : 0
    }
  }' "$csv" | LC_ALL=C sort | cut -f2

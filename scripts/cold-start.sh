#!/usr/bin/env bash
# Cold start of one `answer` under each JVM setting bin/symqa uses, alone and together (hyperfine from Debian:
# apt-get install hyperfine). Prints per command the median and least wall time and the mean CPU time (user+sys),
# and the machine load before and after. Usage: scripts/cold-start.sh [RUNS] [PROMPT] [NLP]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
prompt=${2:-testdata/prompts/hardware-answered.txt}
nlp=${3:-opennlp}
jar=$PWD/target/symqa.jar
cds="-XX:SharedArchiveFile=$PWD/target/symqa.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
json=$(mktemp)
trap 'rm -f "$json"' EXIT
echo "== load before: $(uptime)"
hyperfine -N -w 2 -r "$runs" --export-json "$json" \
    -n "defaults" "java -jar $jar answer --nlp $nlp $prompt" \
    -n "heap 256m" "java -Xmx256m -jar $jar answer --nlp $nlp $prompt" \
    -n "SerialGC" "java -XX:+UseSerialGC -jar $jar answer --nlp $nlp $prompt" \
    -n "C1 only" "java -XX:TieredStopAtLevel=1 -jar $jar answer --nlp $nlp $prompt" \
    -n "AppCDS" "java $cds -jar $jar answer --nlp $nlp $prompt" \
    -n "heap+SerialGC+C1" "java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $jar answer --nlp $nlp $prompt" \
    -n "bin/symqa (all four)" "bin/symqa answer --nlp $nlp $prompt" >/dev/null
echo "== load after: $(uptime)"
python3 - "$json" <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))['results']:
    cpu = r['user'] + r['system']  # hyperfine 1.15 gives the mean only
    print(f"{r['command']:<22} median wall {statistics.median(r['times']):.3f} s   min {min(r['times']):.3f} s"
          f"   mean CPU (user+sys) {cpu:.3f} s")
PY

#!/usr/bin/env bash
# Renders the explain page of a prompt in headless Chromium (Debian's package) and checks it:
# the page loads with no network, the evidence and the rule sources are in the rendered DOM,
# and a screenshot is written.   usage: scripts/check-html.sh PROMPT OUT.png
set -euo pipefail
prompt=${1:-testdata/prompts/postprocessing-partial.txt}
png=${2:-target/explain.png}
jar=target/symqa.jar
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then echo "check-html: chromium not installed (apt-get install chromium)"; exit 3; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" explain --html "$work/page.html" "$prompt" >/dev/null
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$work/profile" --window-size=1200,1600)
"$browser" "${flags[@]}" --dump-dom "file://$work/page.html" > "$work/dom.html" 2>/dev/null
grep -q '<div class="answer" id="answer">' "$work/dom.html" || { echo "check-html: answer missing in rendered DOM"; exit 1; }
grep -q 'class="related"\|class="direct"' "$work/dom.html" || { echo "check-html: no highlighted evidence"; exit 1; }
grep -q '<pre id="rule-' "$work/dom.html" || { echo "check-html: no rule sources"; exit 1; }
"$browser" "${flags[@]}" --screenshot="$png" "file://$work/page.html" 2>/dev/null
[ -s "$png" ] || { echo "check-html: no screenshot"; exit 1; }
echo "check-html: ok ($prompt rendered in $("$browser" --version), screenshot $png)"

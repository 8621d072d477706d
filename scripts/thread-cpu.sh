#!/bin/bash
# scripts/thread-cpu.sh COMMAND...: runs COMMAND (a java command line) and prints the CPU time (user + sys) its threads
# used, summed by thread name without the trailing number: the workers ("pool-1-thread-"), the JIT compilers
# ("C2 CompilerThre"), the garbage collector ("G1 Conc#", "GC Thread#"). Reads /proc/PID/task/*/stat every half second
# and keeps the last full reading, so threads that end early are counted up to their last reading. Linux only.
set -u
"$@" &
pid=$!
best=0
last=""
while kill -0 "$pid" 2>/dev/null; do
    snap=$(for t in /proc/"$pid"/task/*; do
        s=$(cat "$t/stat" 2>/dev/null) || continue
        c=$(cat "$t/comm" 2>/dev/null) || continue
        r=${s##*) }
        # shellcheck disable=SC2086 # split the fields after the command name
        set -- $r
        echo "$c|$(( ${12} + ${13} ))"
    done)
    total=$(echo "$snap" | awk -F'|' '{t += $2} END {print t + 0}')
    if [ -n "$snap" ] && [ "$total" -ge "$best" ]; then
        best=$total
        last=$snap
    fi
    sleep 0.5
done
wait "$pid"
rc=$?
tick=$(getconf CLK_TCK)
echo "$last" | awk -F'|' -v tick="$tick" '{n = $1; gsub(/[0-9]+$/, "", n); a[n] += $2; t += $2}
    END {for (k in a) if (a[k] > 0) printf "%8.1f s  %s\n", a[k] / tick, k; printf "%8.1f s  all threads\n", t / tick}' \
    | sort -rn >&2
exit $rc

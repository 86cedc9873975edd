#!/usr/bin/env bash
# Soak: a bounded, steady mix of pages, API calls and bad links on loopback (bench/mix.lua),
# sampling the app's RSS and live heap (after a full GC) at intervals. Stops by itself.
# Usage: bash bench/soak.sh [seconds] [sample-interval-seconds]   (needs wrk)
#        JAVA_OPTS="..." bash bench/soak.sh   to soak with other JVM flags (see bench/app.sh)
# Writes target/soak.csv, prints the error count and the memory trend, and exits non-zero
# on any error or on growing memory.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-600}"
interval="${2:-30}"
port=18090
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
. bench/app.sh
build_jar
trap stop_app EXIT
start_app ${port} target/soak-app.log

wrk -t2 -c4 -d"${duration}s" -s bench/mix.lua "${base}" > target/soak-wrk.txt &
load=$!

sample() {
	"$(jdk_tool jcmd)" ${app} GC.run >/dev/null
	local rss heap
	rss=$(rss_mib ${app})
	# Old generation right after the full GC: the live set, where a leak would show (eden
	# refills within milliseconds under load, so it is left out).
	heap=$("$(jdk_tool jstat)" -gc ${app} | awk 'NR == 2 { printf "%.1f", $8 / 1024 }')
	echo "$1,${rss},${heap}" | tee -a target/soak.csv
}

echo "seconds,rss_mib,live_heap_mib" | tee target/soak.csv
started=$(date +%s)
while kill -0 ${load} 2>/dev/null; do
	sample $(( $(date +%s) - started ))
	sleep "${interval}"
done
wait ${load} || true
sample $(( $(date +%s) - started ))

cat target/soak-wrk.txt
requests=$(awk '/requests in/ {print $1}' target/soak-wrk.txt)
unexpected=$(awk '/unexpected statuses:/ {print $3}' target/soak-wrk.txt)
# "Socket errors: connect 0, read 0, write 0, timeout 0", printed only when there are some.
socket=$(awk '/Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i } END { print n + 0 }' \
	target/soak-wrk.txt)
server_errors=$(grep -c ' ERROR ' target/soak-app.log || true)
echo "requests: ${requests}, unexpected statuses: ${unexpected}, socket errors: ${socket}, errors logged: ${server_errors}"
# Trend: the mean of the last third of the samples against the middle third (the first
# third is warm-up); more than 5 % up counts as growth.
awk -F, 'NR > 1 { rss[++n] = $2; heap[n] = $3 }
	END {
		third = int(n / 3)
		for (i = third + 1; i <= 2 * third; i++) { mr += rss[i]; mh += heap[i] }
		for (i = 2 * third + 1; i <= n; i++) { lr += rss[i]; lh += heap[i] }
		mr /= third; mh /= third; lr /= (n - 2 * third); lh /= (n - 2 * third)
		printf "RSS middle third %.0f MiB, last third %.0f MiB (%+.1f %%)\n", mr, lr, 100 * (lr - mr) / mr
		printf "live heap middle third %.1f MiB, last third %.1f MiB (%+.1f %%)\n", mh, lh, 100 * (lh - mh) / mh
		grows = (lr > mr * 1.05 || lh > mh * 1.05)
		print grows ? "memory trend: UP" : "memory trend: flat"
		exit grows
	}' target/soak.csv || exit 1
# The exit status says whether the soak passed.
(( unexpected == 0 && socket == 0 && server_errors == 0 ))

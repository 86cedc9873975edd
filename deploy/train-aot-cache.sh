#!/usr/bin/env bash
# Training run for the JVM's AOT cache: starts the app, asks for one of each kind of page
# (so the classes behind rendering, the API and the error pages are loaded, linked and
# profiled too, not only those of start-up), then stops it; the JVM writes the cache as it
# exits. Used by the Dockerfile and by bench/app.sh, so both train the same way.
# Usage: train-aot-cache.sh CACHE PORT JAVA [JVM options...] -jar JAR
# The management port (metrics) is PORT + 1 for the run.
# Only bash is needed: the JRE image has no curl, so requests go through bash's /dev/tcp.
set -euo pipefail
cache=$1 port=$2 java=$3
shift 3
management_port=$((port + 1))

"${java}" -XX:AOTCacheOutput="${cache}" "$@" --server.port="${port}" --management.server.port="${management_port}" &
app=$!

# Prints the status line of GET $1 (on port $2, the public one unless given).
get() {
	{ exec 3<>"/dev/tcp/127.0.0.1/${2:-${port}}"; } 2>/dev/null || return 1
	printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
	head -n 1 <&3
	cat <&3 >/dev/null
	exec 3>&-
}

until get /livez >/dev/null; do
	kill -0 "${app}" 2>/dev/null || { echo "the training run did not start"; exit 1; }
	sleep 0.2
done
for page in / /questions/setting "/questions/role?setting=outpatient" \
	"/check?setting=inpatient&experience=inpatient" \
	"/recommendation?setting=outpatient&experience=none&education=none&membership=aapc" \
	"/recommendation?setting=inpatient&experience=none&plan=CPC" "/plan.ics?setting=inpatient&cert=CCS" \
	"/compare?view=differences" /counselor /sources "/api/recommendation?setting=inpatient" \
	"/recommendation?setting=moon" /no-such-page; do
	echo "training: $(get "${page}" | tr -d '\r') ${page}"
done
echo "training: $(get /actuator/prometheus "${management_port}" | tr -d '\r') /actuator/prometheus"
# SIGTERM is a normal exit for the JVM: the cache is written before it ends.
kill -TERM "${app}"
wait "${app}" || true
test -s "${cache}" || { echo "no AOT cache was written to ${cache}"; exit 1; }

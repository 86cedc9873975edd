#!/usr/bin/env bash
# Two builds of the image side by side, taking turns, so the machine's drift hits both alike:
# start-ups (to the first served request) with RSS 10 s later, then both running at once on
# their own ports while wrk loads one at a time: pages rendered anew, and the recommendation
# and start pages from the page cache.
# Usage: bash bench/turns.sh BEFORE_DIR AFTER_DIR [rounds] [seconds-per-run]   (defaults 8 and 10)
#   Each DIR is an image as bench/app.sh lays it out (its jar and its trained AOT cache), made
#   in that build's own checkout, e.g. target/image after `JAR=... bash bench/startup.sh`.
#   BEFORE_READY=/actuator/health BEFORE_MANAGEMENT=same   for a build from before issue 16
#   (actuator on the public port, no /livez).
set -euo pipefail
cd "$(dirname "$0")/.."
before_dir=$1 after_dir=$2
rounds="${3:-8}"
duration="${4:-10}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
. bench/app.sh
export MALLOC_ARENA_MAX
MALLOC_ARENA_MAX=$(image_env MALLOC_ARENA_MAX)
flags="-XX:MaxRAM=384m $(image_env JAVA_TOOL_OPTIONS)"
flags="${flags//\$\{JIT\}/$(image_jit)}"
declare -A dirs=([before]="${before_dir}" [after]="${after_dir}") ports=([before]=18130 [after]=18140) pids
rec="/recommendation?setting=outpatient&experience=none&education=none&membership=aapc"

# start NAME: starts that build as the image runs it; sets app and ready_ms.
start() {
	local dir=${dirs[$1]} port=${ports[$1]}
	if [[ $1 == before ]]; then
		READY_PATH="${BEFORE_READY:-/livez}"
		MANAGEMENT_PORT=$([[ "${BEFORE_MANAGEMENT:-}" == same ]] && echo "${port}" || echo $((port + 100)))
	else
		READY_PATH=/livez MANAGEMENT_PORT=$((port + 100))
	fi
	READY_PATH=${READY_PATH} MANAGEMENT_PORT=${MANAGEMENT_PORT} JAVA="${java25}" \
		JAR="$(ls "${dir}"/*.jar | head -n 1)" JAVA_OPTS="${flags} -XX:AOTCache=${dir}/app.aot" \
		start_app "${port}" "target/turns-$1.log"
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: > target/turns.txt
for ((round = 1; round <= rounds; round++)); do
	for which in before after; do
		start "${which}"
		sleep 10
		echo "start ${which} ${round} ${ready_ms} $(rss_mib "${app}")" | tee -a target/turns.txt
		kill "${app}"
		wait "${app}" 2>/dev/null || true
	done
done

for which in before after; do
	start "${which}"
	pids[${which}]=${app}
done
trap 'kill ${pids[before]} ${pids[after]} 2>/dev/null || true' EXIT
load() { # NAME PAGE SECONDS
	local base="http://127.0.0.1:${ports[$1]}" script=() url
	case $2 in
		rendered) script=(-s bench/distinct.lua) url="${base}/" ;;
		recommendation) url="${base}${rec}" ;;
		landing) url="${base}/" ;;
	esac
	wrk -t2 -c16 -d"$3s" "${script[@]}" "${url}" | awk '/Requests\/sec/ { print $2 }'
}
for page in rendered recommendation landing; do
	for which in before after; do load "${which}" "${page}" "${duration}" >/dev/null; done
done
for ((round = 1; round <= rounds / 2; round++)); do
	for page in rendered recommendation landing; do
		for which in before after; do
			echo "load ${which} ${page} ${round} $(load "${which}" "${page}" "${duration}")" | tee -a target/turns.txt
		done
	done
done
for which in before after; do
	echo "load ${which} rss - $(rss_mib "${pids[${which}]}")" | tee -a target/turns.txt
done

echo "medians:"
for which in before after; do
	printf '%-6s start %5s ms   RSS after start %4s MiB' "${which}" \
		"$(awk -v w="${which}" '$1 == "start" && $2 == w { print $4 }' target/turns.txt | median)" \
		"$(awk -v w="${which}" '$1 == "start" && $2 == w { print $5 }' target/turns.txt | median)"
	for page in rendered recommendation landing; do
		printf '   %s %8s req/s' "${page}" \
			"$(awk -v w="${which}" -v p="${page}" '$1 == "load" && $2 == w && $3 == p { print $5 }' target/turns.txt | median)"
	done
	printf '   RSS after load %s MiB\n' "$(awk -v w="${which}" '$1 == "load" && $2 == w && $3 == "rss" { print $5 }' target/turns.txt)"
done

#!/usr/bin/env bash
# Load benchmark on loopback with wrk: requests/s and latency for three pages, and, as the
# ceiling, the same recommendation HTML served as a static file by the app itself.
# Usage: bash bench/load.sh [seconds-per-run]   (needs wrk: apt-get install wrk)
#        JAVA_OPTS="-Xmx96m -XX:+UseSerialGC" bash bench/load.sh   to try JVM flags (see bench/app.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
port=18080
base="http://127.0.0.1:${port}"
recommendation="/recommendation?setting=outpatient&experience=none&education=none&membership=aapc"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
. bench/app.sh
build_jar
static_dir="target/bench-static"
mkdir -p "${static_dir}/bench"

start_app ${port} target/bench-app.log --spring.web.resources.add-mappings=true \
	--spring.mvc.static-path-pattern=/bench/** --spring.web.resources.static-locations=file:${static_dir}/bench/
trap 'kill ${app} 2>/dev/null || true' EXIT
echo "time to first served request: ${ready_ms} ms"

curl -fs "${base}${recommendation}" > "${static_dir}/bench/recommendation.html"
echo "recommendation page: $(wc -c < "${static_dir}/bench/recommendation.html") bytes"

run() {
	local name=$1 path=$2
	curl -fs -o /dev/null "${base}${path}" || { echo "${name}: ${path} does not answer 200"; exit 1; }
	wrk -t2 -c16 -d"${duration}s" --latency "${base}${path}" > "target/bench-${name}.txt"
	local rps p50 p99
	rps=$(awk '/Requests\/sec/ {print $2}' "target/bench-${name}.txt")
	p50=$(awk '$1 == "50%" {print $2}' "target/bench-${name}.txt")
	p99=$(awk '$1 == "99%" {print $2}' "target/bench-${name}.txt")
	printf '%-16s %10s req/s   p50 %8s   p99 %8s\n' "${name}" "${rps}" "${p50}" "${p99}"
	eval "rps_${name//-/_}=${rps}"
}

# Warm the JIT on the pages first, so the runs compare steady states.
wrk -t2 -c16 -d5s "${base}${recommendation}" >/dev/null
run landing "/"
run question "/questions/role?setting=outpatient"
run recommendation "${recommendation}"
run static "/bench/recommendation.html"
awk -v page="${rps_recommendation}" -v ceiling="${rps_static}" \
	'BEGIN { printf "recommendation / static: %.1f%% (target >= 25%%)\n", 100 * page / ceiling }'
echo "RSS after load: $(rss_mib ${app}) MiB"

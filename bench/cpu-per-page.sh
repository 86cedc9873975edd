# Rendering cost of one configuration: starts JAR with ARGS, warms it with bench/distinct.lua for
# 20 s, then measures 20 s: requests/s and the app's own CPU time per request.
# Usage, from the project's root: bash bench/cpu-per-page.sh JAR PORT [application arguments...]
#        SCRIPT=bench/mix.lua URL=... to measure another load. Needs wrk.
set -euo pipefail
JAR=$1; port=$2; shift 2
source bench/app.sh
trap stop_app EXIT
start_app "${port}" "target/cpu-per-page-${port}.log" "$@"
load=(-t2 -c16 -d20s -s "${SCRIPT:-bench/distinct.lua}" "${URL:-http://127.0.0.1:${port}/}")
wrk "${load[@]}" > /dev/null
measure_wrk "${app}" "${load[@]}"
echo "$(basename "${JAR}") $* => ${wrk_rps} req/s, ${cpu_ms} ms CPU/req $(grep 'not 200' <<< "${wrk_output}" || true)"

# Rendering cost of one configuration: starts JAR with ARGS, warms it with bench/distinct.lua for
# 20 s, then measures 20 s: requests/s and the app's own CPU time (utime+stime from /proc)
# per request, which drifts less than req/s on a shared machine.
# Usage, from the project's root: bash bench/cpu-per-page.sh JAR PORT [application arguments...]
#        SCRIPT=bench/mix.lua URL=... to measure another load. Needs wrk.
jar=$1; port=$2; shift 2
java -jar $jar --server.port=$port --management.server.port=$((port+100)) "$@" > target/cpu-per-page-$port.log 2>&1 &
pid=$!
until curl -fs -o /dev/null http://127.0.0.1:$port/; do sleep 0.3; done
wrk -t2 -c16 -d20s -s ${SCRIPT:-bench/distinct.lua} ${URL:-http://127.0.0.1:$port/} > /dev/null
cpu() { awk '{print $14+$15}' /proc/$pid/stat; }
c0=$(cpu)
out=$(wrk -t2 -c16 -d20s -s ${SCRIPT:-bench/distinct.lua} ${URL:-http://127.0.0.1:$port/})
c1=$(cpu)
req=$(echo "$out" | awk '/requests in/ {print $1}')
rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
echo "$(basename $jar) $* => $rps req/s, $(awk -v t="$(getconf CLK_TCK)" -v c=$((c1 - c0)) -v n="${req}" 'BEGIN { printf "%.2f", c * 1000 / t / n }') ms CPU/req $(echo "$out" | grep 'not 200')"
kill $pid; wait $pid 2>/dev/null

#!/usr/bin/env bash
# Load benchmark on loopback with wrk: requests/s and latency for three pages, and, as the
# ceilings, the same recommendation HTML served as a static file by the app itself and by
# nginx. The repeated pages come from the app's page cache after their first request;
# "rendered" asks for a different recommendation every time (bench/distinct.lua), so it
# measures rendering.
# Usage: bash bench/load.sh [seconds-per-run] [rounds]   (needs wrk and nginx: apt-get install wrk nginx)
#        WARMUP=30 bash bench/load.sh   warms each page for 30 s first (default 15)
#        JAVA_OPTS="-Xmx96m -XX:+UseSerialGC" bash bench/load.sh   to try JVM flags (see bench/app.sh)
#        JAR=/path/to/app.jar bash bench/load.sh   runs that jar instead of building one
#        NGINX_WORKERS=1 bash bench/load.sh   nginx's worker_processes (default auto, as shipped)
#        APP_ARGS="--cert-advisor.page-cache.max-size=0" bash bench/load.sh   the app with other settings
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
rounds="${2:-3}"
warmup="${WARMUP:-15}"
port=18080
base="http://127.0.0.1:${port}"
nginx_port=18081
recommendation="/recommendation?setting=outpatient&experience=none&education=none&membership=aapc"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
nginx_binary=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x ${nginx_binary} ]] || { echo "nginx is not installed (apt-get install nginx)"; exit 1; }
. bench/app.sh
build_jar
static_dir="target/bench-static"
mkdir -p "${static_dir}/bench"

# shellcheck disable=SC2086
start_app ${port} target/bench-app.log --spring.web.resources.add-mappings=true \
	--spring.mvc.static-path-pattern=/bench/** --spring.web.resources.static-locations=file:${static_dir}/bench/ \
	${APP_ARGS:-}
nginx=
trap 'kill ${app} ${nginx} 2>/dev/null || true' EXIT
echo "time to first served request: ${ready_ms} ms"

curl -fs "${base}${recommendation}" > "${static_dir}/bench/recommendation.html"
echo "recommendation page: $(wc -c < "${static_dir}/bench/recommendation.html") bytes"

# nginx as one would put it in front: its stock settings (worker_processes auto, as Debian
# and the official image ship it; sendfile; keep-alive), no access log, no gzip, and the
# page's own Content-Type, so it sends the very same bytes. A child of this script, in the
# foreground, with its own prefix under target/.
nginx_dir="$(pwd)/target/bench-nginx"
mkdir -p "${nginx_dir}/logs"
cat > "${nginx_dir}/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS:-auto};
daemon off;
pid ${nginx_dir}/nginx.pid;
error_log ${nginx_dir}/logs/error.log;
events { worker_connections 1024; }
http {
	types { }
	default_type "$(curl -fs -o /dev/null -w '%{content_type}' "${base}${recommendation}")";
	access_log off;
	gzip off;
	sendfile on;
	tcp_nopush on;
	client_body_temp_path ${nginx_dir}/body;
	proxy_temp_path ${nginx_dir}/proxy;
	fastcgi_temp_path ${nginx_dir}/fastcgi;
	uwsgi_temp_path ${nginx_dir}/uwsgi;
	scgi_temp_path ${nginx_dir}/scgi;
	server {
		listen 127.0.0.1:${nginx_port};
		root $(pwd)/${static_dir};
	}
}
CONF
"${nginx_binary}" -p "${nginx_dir}" -c "${nginx_dir}/nginx.conf" -e "${nginx_dir}/logs/error.log" &
nginx=$!
nginx_page="http://127.0.0.1:${nginx_port}/bench/recommendation.html"
until curl -fs -o /dev/null "${nginx_page}" 2>/dev/null; do
	kill -0 "${nginx}" 2>/dev/null || { echo "nginx did not start; see ${nginx_dir}/logs/error.log"; exit 1; }
	sleep 0.05
done
curl -fs "${nginx_page}" | cmp -s - "${static_dir}/bench/recommendation.html" ||
	{ echo "nginx does not send the page's bytes"; exit 1; }
echo "nginx $("${nginx_binary}" -v 2>&1 | sed 's/.*\///'), worker_processes ${NGINX_WORKERS:-auto}"

# wrk and the app share the cores, and this machine's speed drifts from minute to minute:
# the pages take turns, round after round, and each figure is the median of its rounds.
run() {
	local name=$1 url=$2 round=$3
	# shellcheck disable=SC2046
	wrk -t2 -c16 -d"${duration}s" --latency $(script "${name}") "${url}" > "target/bench-${name}-${round}.txt"
	if grep -q "not 200: [1-9]" "target/bench-${name}-${round}.txt"; then
		echo "${name}: some responses were not 200"; exit 1
	fi
	awk -v name="${name}" -v round="${round}" '/Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
		END { printf "%s %s %s %s %s\n", name, round, rps, p50, p99 }' "target/bench-${name}-${round}.txt" >> target/bench-runs.txt
}

script() {
	if [[ $1 == rendered ]]; then echo "-s bench/distinct.lua"; fi
}

pages=(landing "${base}/" question "${base}/questions/role?setting=outpatient"
	recommendation "${base}${recommendation}" rendered "${base}/"
	static "${base}/bench/recommendation.html" nginx "${nginx_page}")
for ((i = 1; i < ${#pages[@]}; i += 2)); do
	curl -fs -o /dev/null "${pages[i]}" || { echo "${pages[i]} does not answer 200"; exit 1; }
done
# Warm the JIT on every page first, so the runs compare steady states: the recommendation
# page is still getting faster after 20 s of load.
for ((i = 1; i < ${#pages[@]}; i += 2)); do
	# shellcheck disable=SC2046
	wrk -t2 -c16 -d"${warmup}s" $(script "${pages[i - 1]}") "${pages[i]}" >/dev/null
done
: > target/bench-runs.txt
for ((round = 1; round <= rounds; round++)); do
	for ((i = 0; i < ${#pages[@]}; i += 2)); do
		run "${pages[i]}" "${pages[i + 1]}" "${round}"
	done
done

# Medians by page (p50 and p99 are wrk's, in its units, from the median round's neighbours).
echo "median of ${rounds} rounds of ${duration} s each:"
for ((i = 0; i < ${#pages[@]}; i += 2)); do
	awk -v name="${pages[i]}" '$1 == name { print $3, $4, $5 }' target/bench-runs.txt | sort -n |
		awk -v name="${pages[i]}" '{ rps[NR] = $1; p50[NR] = $2; p99[NR] = $3 }
			END { m = int((NR + 1) / 2); printf "%-16s %10s req/s   p50 %8s   p99 %8s\n", name, rps[m], p50[m], p99[m] }'
done | tee target/bench-medians.txt
awk '$1 == "recommendation" { page = $2 } $1 == "rendered" { rendered = $2 } $1 == "static" { app = $2 }
	$1 == "nginx" { nginx = $2 }
	END { printf "recommendation / static (app): %.1f%%\n", 100 * page / app
		printf "recommendation / nginx: %.1f%% (target >= 25%%)\n", 100 * page / nginx
		printf "rendered recommendation / static (app): %.1f%%\n", 100 * rendered / app
		printf "rendered recommendation / nginx: %.1f%%\n", 100 * rendered / nginx }' target/bench-medians.txt
echo "RSS right after the load: $(rss_mib ${app}) MiB"
# Freed native memory goes back to the OS in the background (the image trims every 5 s).
sleep 10
echo "RSS 10 s later: $(rss_mib ${app}) MiB"

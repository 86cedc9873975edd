# What gzip costs per request, on one jar: the repeated result page (its gzipped bytes kept
# by the page cache, PageCompression) against the same HTML as a static file, which Tomcat's
# server.compression gzips on every request, each with and without Accept-Encoding: gzip.
# The static file stands for what a page cache of plain bytes behind Tomcat's compression
# would cost. Two rounds taking turns, 15 s each after a 10 s warm-up; req/s and the app's
# CPU ms per request (utime+stime from /proc).
# Usage, from the project's root: bash bench/gzip.sh JAR [PORT]   (needs wrk)
set -euo pipefail
jar=$1; port=${2:-18090}
base="http://127.0.0.1:${port}"
page="/recommendation?setting=outpatient&experience=none&education=none&membership=aapc"
static_dir="$(pwd)/target/bench-gzip"
mkdir -p "${static_dir}"
java -jar "${jar}" --server.port="${port}" --management.server.port=$((port + 100)) \
	--spring.web.resources.add-mappings=true --spring.mvc.static-path-pattern=/bench/** \
	--spring.web.resources.static-locations=file:"${static_dir}"/ > target/bench-gzip.log 2>&1 &
pid=$!
trap 'kill ${pid} 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "${base}/"; do sleep 0.3; done
curl -fs "${base}${page}" > "${static_dir}/recommendation.html"
echo "page: $(wc -c < "${static_dir}/recommendation.html") bytes, gzipped $(curl -fs -H 'Accept-Encoding: gzip' "${base}${page}" | wc -c)"
cpu() { awk '{print $14+$15}' "/proc/${pid}/stat"; }
measure() {
	local label=$1; shift
	local c0 c1 out
	c0=$(cpu); out=$(wrk -t2 -c16 -d15s "$@"); c1=$(cpu)
	awk -v label="${label}" -v c=$((c1 - c0)) -v t="$(getconf CLK_TCK)" \
		'/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%-36s %9s req/s %6.3f ms CPU/req\n", label, r, c * 1000 / t / n}' <<< "${out}"
}
gzip=(-H 'Accept-Encoding: gzip')
wrk -t2 -c16 -d10s "${gzip[@]}" "${base}${page}" > /dev/null
wrk -t2 -c16 -d10s "${gzip[@]}" "${base}/bench/recommendation.html" > /dev/null
for round in 1 2; do
	echo "round ${round}"
	measure "kept page, gzip" "${gzip[@]}" "${base}${page}"
	measure "static file, server.compression" "${gzip[@]}" "${base}/bench/recommendation.html"
	measure "kept page, identity" "${base}${page}"
	measure "static file, identity" "${base}/bench/recommendation.html"
done

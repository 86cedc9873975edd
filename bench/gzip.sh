# What gzip costs per request, on one jar: the repeated result page (its gzipped bytes kept
# by the page cache, PageCompression) against the same HTML as a static file, which Tomcat's
# server.compression gzips on every request, each with and without Accept-Encoding: gzip.
# The static file stands for what a page cache of plain bytes behind Tomcat's compression
# would cost. Two rounds taking turns, 15 s each after a 10 s warm-up; req/s and the app's
# CPU ms per request.
# Usage, from the project's root: bash bench/gzip.sh JAR [PORT]   (needs wrk)
set -euo pipefail
JAR=$1; port=${2:-18090}
source bench/app.sh
base="http://127.0.0.1:${port}"
page="/recommendation?setting=outpatient&experience=none&education=none&membership=aapc"
static_dir="$(pwd)/target/bench-gzip"
mkdir -p "${static_dir}"
trap stop_app EXIT
start_app "${port}" target/bench-gzip.log --spring.web.resources.add-mappings=true \
	--spring.mvc.static-path-pattern=/bench/** --spring.web.resources.static-locations=file:"${static_dir}"/
curl -fs "${base}${page}" > "${static_dir}/recommendation.html"
echo "page: $(wc -c < "${static_dir}/recommendation.html") bytes, gzipped $(curl -fs -H 'Accept-Encoding: gzip' "${base}${page}" | wc -c)"
measure() {
	local label=$1; shift
	measure_wrk "${app}" -t2 -c16 -d15s "$@"
	printf "%-36s %9s req/s %6s ms CPU/req\n" "${label}" "${wrk_rps}" "${cpu_ms}"
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

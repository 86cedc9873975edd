#!/usr/bin/env bash
# Class summaries under load, on a real PostgreSQL (Debian's 15, started here under
# target/, on loopback): result submissions, summary reads, then a soak that mixes both
# with the advice pages of bench/mix.lua. Bounded in time; stops by itself.
# Usage: bash bench/classes.sh [seconds-per-run] [soak-seconds]   (defaults 20 and 600)
#        CLASSES=40 PER_CLASS=250 bash bench/classes.sh   classes started, opt-in forms each
# Needs wrk, python3 and postgresql (apt-get install wrk python3 postgresql). Prints, for
# each run, wrk's figures and the statuses; exits non-zero on any unexpected status.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
soak="${2:-600}"
classes="${CLASSES:-40}"
per_class="${PER_CLASS:-250}"
port=18095
base="http://127.0.0.1:${port}"
pg_port=15432
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
work="$(pwd)/target/bench-classes"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
[[ -x "${pg_bin}/postgres" ]] || { echo "PostgreSQL 15 is not installed (apt-get install postgresql)"; exit 1; }

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_pg() {
	if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

rm -rf "${work}"
mkdir -p "${work}"
pg_data=$(mktemp -d /tmp/cert-advisor-bench-pg.XXXXXX)
[[ "$(id -u)" -eq 0 ]] && chown postgres "${pg_data}"
app=
stop() {
	kill ${app} 2>/dev/null || true
	as_pg "${pg_bin}/pg_ctl" -D "${pg_data}/data" -m fast stop >/dev/null 2>&1 || true
	rm -rf "${pg_data}"
}
trap stop EXIT
as_pg "${pg_bin}/initdb" -D "${pg_data}/data" -U postgres -A trust --no-sync >"${work}/initdb.log"
as_pg "${pg_bin}/pg_ctl" -D "${pg_data}/data" -l "${pg_data}/postgres.log" -w \
	-o "-p ${pg_port} -k ${pg_data} -c listen_addresses=127.0.0.1" start >/dev/null
as_pg "${pg_bin}/createdb" -h 127.0.0.1 -p ${pg_port} -U postgres certadvisor
echo "PostgreSQL $("${pg_bin}/postgres" --version | awk '{print $3}') on 127.0.0.1:${pg_port}"

. bench/app.sh
build_jar
# Limits far above the load, so that what is measured is the work, not the refusals (the
# limits themselves are tested in ClassPagesTests); every request comes from 127.0.0.1.
start_app ${port} "${work}/app.log" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:${pg_port}/certadvisor" \
	--spring.datasource.username=postgres --spring.data.jdbc.dialect=postgresql \
	--cert-advisor.classes.secret=bench-only-secret-of-at-least-32-characters \
	--cert-advisor.classes.max-results=1000000 --cert-advisor.classes.per-class-limit=100000000 \
	--cert-advisor.classes.per-client-limit=100000000
echo "app ready in ${ready_ms} ms"

# The classes and their opt-in forms, read from the pages a student would see.
python3 bench/classes-forms.py "${base}" "${classes}" "${per_class}" "${work}"
echo "${classes} classes, $(wc -l < "${work}/forms.tsv") opt-in forms of distinct answers"

# run NAME SECONDS MODE THREADS CONNECTIONS
run() {
	local name=$1 seconds=$2 mode=$3
	echo "== ${name}: ${seconds} s, $5 connections"
	wrk -t"$4" -c"$5" -d"${seconds}s" --latency -s bench/classes.lua "${base}" -- "${mode}" "${work}" |
		tee "${work}/wrk-${name}.txt"
	if ! grep -q '^unexpected statuses: 0$' "${work}/wrk-${name}.txt" || grep -q 'Socket errors' "${work}/wrk-${name}.txt"; then
		echo "${name}: errors"
		failed=1
	fi
}
failed=0
run submissions "${duration}" submit 2 8
run summaries "${duration}" read 2 8
# One connection per thread, so that classes.lua knows which request a response answers.
run soak "${soak}" mix 4 4
rows=$(as_pg "${pg_bin}/psql" -h 127.0.0.1 -p ${pg_port} -U postgres -d certadvisor -Atc \
	"select count(*) from class_result")
echo "results stored: ${rows}; errors logged: $(grep -c ' ERROR ' "${work}/app.log" || true)"
exit ${failed}

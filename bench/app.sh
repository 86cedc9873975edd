# Shared by the bench scripts (sourced): build the jar, start the app on loopback and wait
# until it serves. JAVA picks the java binary, JAVA_OPTS adds JVM flags, JAR an already
# built jar to run instead of building one (say, the jar of an earlier commit);
# IMAGE=1 runs the app as the Docker image does (Java 25, extracted jar, AOT cache, the
# image's flags, memory as in the Deployment's limit); JIT as the image's build argument.

java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"

# The image's settings, read from the Dockerfile so the two cannot drift apart.
image_env() {
	sed -n "s/^ENV $1=\"\{0,1\}\([^\"]*\)\"\{0,1\}$/\1/p" Dockerfile
}

# The JIT flag the image is built with: the Dockerfile's JIT build argument, its default
# unless JIT is set here too (JIT=-XX:TieredStopAtLevel=4 for C2, as --build-arg would).
image_jit() {
	echo "${JIT:-$(sed -n 's/^ARG JIT=//p' Dockerfile)}"
}

# prepare_image [DIR]: lays the jar out under DIR (target/image) as the Dockerfile does,
# training the AOT cache the same way. The JVM is told the Deployment's memory limit
# (384 MiB), since it sizes the heap from the container's memory, not this machine's.
# Sets image_opts (the image's flags) and image_run_opts (those and its AOT cache).
prepare_image() {
	local dir="${1:-target/image}"
	rm -rf "${dir}"
	"${java25}" -Djarmode=tools -jar "${JAR}" extract --destination "${dir}" >/dev/null
	JAR="${dir}/$(basename "${JAR}")"
	JAVA="${java25}"
	export MALLOC_ARENA_MAX
	MALLOC_ARENA_MAX=$(image_env MALLOC_ARENA_MAX)
	image_opts="-XX:MaxRAM=384m $(image_env JAVA_TOOL_OPTIONS)"
	image_opts="${image_opts//\$\{JIT\}/$(image_jit)}"
	# shellcheck disable=SC2086
	bash deploy/train-aot-cache.sh "${dir}/app.aot" 18099 "${JAVA}" ${image_opts} -jar "${JAR}" \
		> "${dir}-training.log" 2>&1
	image_run_opts="${image_opts} -XX:AOTCache=${dir}/app.aot"
	JAVA_OPTS="${image_run_opts} ${JAVA_OPTS:-}"
}

build_jar() {
	if [[ -z "${JAR:-}" ]]; then
		./mvnw -q -B -DskipTests -Djacoco.skip=true package
		JAR=$(ls target/cert-advisor-*.jar | head -n 1)
	fi
	if [[ "${IMAGE:-}" == 1 ]]; then
		prepare_image
	fi
}

# start_app PORT LOG [application arguments...]
# Sets app (the process id) and ready_ms (from launch to the first served request: a 200
# from READY_PATH, /livez by default). Metrics go to MANAGEMENT_PORT, PORT + 100 by default.
# A jar from before the management port (issue 16) needs READY_PATH=/actuator/health and
# MANAGEMENT_PORT=PORT, so its actuator stays on the public port.
start_app() {
	local port=$1 log=$2 started
	shift 2
	started=$(date +%s%N)
	# shellcheck disable=SC2086
	"${JAVA:-java}" ${JAVA_OPTS:-} -jar "${JAR}" --server.port="${port}" \
		--management.server.port="${MANAGEMENT_PORT:-$((port + 100))}" "$@" > "${log}" 2>&1 &
	app=$!
	# Until the port opens, knock with bash's own /dev/tcp: starting curl fifty times a
	# second would take CPU from the start being measured, on a 2-core machine.
	until { exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null && exec 3>&- &&
		curl -fs "http://127.0.0.1:${port}${READY_PATH:-/livez}" >/dev/null 2>&1; do
		kill -0 "${app}" 2>/dev/null || { echo "the app did not start; see ${log}"; exit 1; }
		sleep 0.02
	done
	ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

# stop_app: stops the app start_app started, if any, and waits until it has gone, so the
# next run can take its port; for trap ... EXIT, set before start_app.
stop_app() {
	if [[ -n "${app:-}" ]]; then
		kill "${app}" 2>/dev/null || true
		wait "${app}" 2>/dev/null || true
	fi
}

rss_mib() {
	echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

# A JDK tool (jcmd, jstat) from the same JDK as the java that runs the app.
jdk_tool() {
	echo "$(dirname "$(readlink -f "$(command -v "${JAVA:-java}")")")/$1"
}

# measure_wrk PID WRK_ARGUMENTS...: runs wrk against the app whose process is PID and sets
# wrk_output, wrk_rps (requests/s) and cpu_ms (the app's own CPU time per request,
# utime+stime from /proc, which drifts less than req/s on a shared machine).
measure_wrk() {
	local pid=$1 c0 c1 requests
	shift
	c0=$(awk '{print $14+$15}' "/proc/${pid}/stat")
	wrk_output=$(wrk "$@")
	c1=$(awk '{print $14+$15}' "/proc/${pid}/stat")
	requests=$(awk '/requests in/ {print $1}' <<< "${wrk_output}")
	wrk_rps=$(awk '/Requests\/sec/ {print $2}' <<< "${wrk_output}")
	cpu_ms=$(awk -v t="$(getconf CLK_TCK)" -v c=$((c1 - c0)) -v n="${requests}" \
		'BEGIN { printf "%.3f", c * 1000 / t / n }')
}

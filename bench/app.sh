# Shared by the bench scripts (sourced): build the jar, start the app on loopback and wait
# until it serves. JAVA picks the java binary, JAVA_OPTS adds JVM flags, JAR another jar.

build_jar() {
	./mvnw -q -B -DskipTests -Djacoco.skip=true package
	JAR="${JAR:-$(ls target/cert-advisor-*.jar | head -n 1)}"
}

# start_app PORT LOG [application arguments...]
# Sets app (the process id) and ready_ms (from launch to the first served request).
start_app() {
	local port=$1 log=$2 started
	shift 2
	started=$(date +%s%N)
	# shellcheck disable=SC2086
	"${JAVA:-java}" ${JAVA_OPTS:-} -jar "${JAR}" --server.port="${port}" "$@" > "${log}" 2>&1 &
	app=$!
	until curl -fs "http://127.0.0.1:${port}/actuator/health" >/dev/null 2>&1; do
		kill -0 "${app}" 2>/dev/null || { echo "the app did not start; see ${log}"; exit 1; }
		sleep 0.02
	done
	ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

rss_mib() {
	echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

# A JDK tool (jcmd, jstat) from the same JDK as the java that runs the app.
jdk_tool() {
	echo "$(dirname "$(readlink -f "$(command -v "${JAVA:-java}")")")/$1"
}

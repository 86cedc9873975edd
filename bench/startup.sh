#!/usr/bin/env bash
# Start-up: time from launch to the first served request (a 200 from /livez),
# the median of several starts, from the plain jar on the default JDK to the way the
# Docker image runs it (bench/app.sh, IMAGE=1), one step at a time, taking turns.
# Usage: bash bench/startup.sh [starts-per-variant]
#        taskset -c 1 bash bench/startup.sh   on one CPU, as under the Deployment's limit
set -euo pipefail
cd "$(dirname "$0")/.."
starts="${1:-5}"
port=18085

. bench/app.sh
build_jar
plain_jar="${JAR}"
IMAGE=1 prepare_image
image_jar="${JAR}"
image_flags="${image_opts}"
image_run_flags="${image_run_opts}"
# The image built with --build-arg JIT=-XX:TieredStopAtLevel=4: C2 too, trained with it.
JAR="${plain_jar}"
JIT=-XX:TieredStopAtLevel=4 prepare_image target/image-c2
image_c2_jar="${JAR}"
image_c2_run_flags="${image_run_opts}"
echo "AOT cache: $(( $(stat -c %s target/image/app.aot) / 1024 / 1024 )) MiB"

names=("Java 17, fat jar" "Java 25, fat jar" "Java 25, extracted, image flags"
	"Java 25, extracted, image flags, AOT cache (the image)" "the image built with C2")
javas=(java "${java25}" "${java25}" "${java25}" "${java25}")
jars=("${plain_jar}" "${plain_jar}" "${image_jar}" "${image_jar}" "${image_c2_jar}")
options=("" "" "${image_flags}" "${image_run_flags}" "${image_c2_run_flags}")
declare -A times
for ((round = 0; round < starts; round++)); do
	for ((v = 0; v < ${#names[@]}; v++)); do
		JAVA="${javas[v]}" JAR="${jars[v]}" JAVA_OPTS="${options[v]}" start_app ${port} "target/startup-${v}.log"
		times[${v}]="${times[${v}]:-} ${ready_ms}"
		kill "${app}"
		wait "${app}" 2>/dev/null || true
	done
done
for ((v = 0; v < ${#names[@]}; v++)); do
	# shellcheck disable=SC2086
	printf '%-56s median %5d ms   (%s )\n' "${names[v]}" \
		"$(printf '%s\n' ${times[${v}]} | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')" "${times[${v}]}"
done

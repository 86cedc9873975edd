#!/usr/bin/env bash
# Page weight and print length of result pages: the HTML bytes of the browser tests' result
# pages, the spread of bytes over a fixed sample of answer sets in both languages, and how
# many sheets Chrome prints for the heaviest of them.
# Usage: bash bench/page-weight.sh [sample-size]   (default 400; needs python3, and chromium to print)
#        JAR=/path/to/app.jar bash bench/page-weight.sh   measures that jar instead
set -euo pipefail
cd "$(dirname "$0")/.."
sample="${1:-400}"
port=18082
base="http://127.0.0.1:${port}"
. bench/app.sh
build_jar
trap stop_app EXIT
start_app ${port} target/page-weight-app.log
work=$(mktemp -d)

# Sheets Chrome prints for a page (Letter, its default), or "-" without chromium.
sheets() {
	command -v chromium >/dev/null || { echo "-"; return; }
	local profile
	profile=$(mktemp -d)
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="${profile}" --no-pdf-header-footer \
		--print-to-pdf="${profile}/page.pdf" "$1" >/dev/null 2>&1
	grep -ac '/Type */Page\b' "${profile}/page.pdf" | tr -d '\n'
	rm -rf "${profile}"
}

answers="setting=outpatient&role=outpatient-coder&experience=none&education=coding-course"
printf '%-26s %8s %7s\n' "browser tests' page" bytes sheets
while read -r name query; do
	status=$(curl -s -o "${work}/page" -w '%{http_code}' "${base}/recommendation?${query}")
	if [[ ${status} != 200 ]]; then
		printf '%-26s %8s\n' "${name}" "(${status})"
		continue
	fi
	printf '%-26s %8d %7s\n' "${name}" "$(wc -c < "${work}/page")" "$(sheets "${base}/recommendation?${query}")"
done <<EOF
recommendation ${answers}&membership=aapc
recommendation-either setting=unsure&role=unsure
recommendation-other-plan ${answers}&membership=aapc&plan=CCS
recommendation-two-steps setting=outpatient&goal=lead-manage&experience=none&timeline=asap
recommendation-es setting=inpatient&experience=none&lang=es
recommendation-old-link setting=outpatient&role=billing-specialist&experience=none&education=coding-course&edition=2026-11-26
EOF

# A fixed sample: each question answered with probability 7/8, either language. A
# follow-up (askedWhen, one question per pattern) is answered only when an answer before
# it calls for it, as the questionnaire asks; ALL_QUESTIONS=1 answers it regardless. The
# draws are the same either way, so a sample of a catalog without follow-ups is unchanged.
questions=$(curl -fs "${base}/api/questions" | python3 -c '
import json, sys
for q in json.load(sys.stdin):
    calls = ",".join(k + "=" + v for p in q.get("askedWhen", []) for k, vs in p.items() for v in vs)
    print(q["id"], calls or "-", " ".join(o["value"] for o in q["options"]))')
asked() {
	[[ $1 == - || ${ALL_QUESTIONS:-0} == 1 ]] && return 0
	local call
	for call in ${1//,/ }; do
		[[ "&$2" == *"&${call}&"* ]] && return 0
	done
	return 1
}
# Seeded inside the pipeline: bash reseeds RANDOM in a subshell, and a pipeline's loop runs in one.
{ RANDOM=13
for ((i = 0; i < sample; i++)); do
	query=""
	while read -r id calls options; do
		read -ra values <<<"${options}"
		((RANDOM % 8)) && value="${values[RANDOM % ${#values[@]}]}" && asked "${calls}" "${query}" \
			&& query+="${id}=${value}&"
	done <<<"${questions}"
	((RANDOM % 2)) && query+="lang=es&" || query+="lang=en&"
	echo "$(curl -fs "${base}/recommendation?${query%&}" | wc -c) ${query%&}"
done; } | sort -n > "${work}/sample"

count() { awk -v limit="$1" -v lang="$2" '$2 ~ lang { n++; if ($1 <= limit) ok++ } END { printf "%d of %d", ok, n }' "${work}/sample"; }
percentile() { awk -v lang="$2" '$2 ~ lang { print $1 }' "${work}/sample" | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100); if (i < 1) i = 1; print v[i] }'; }
echo
echo "sample of ${sample} answer sets: bytes"
for lang in lang=en lang=es; do
	echo "  ${lang}: median $(percentile 50 "${lang}"), p90 $(percentile 90 "${lang}"), max $(percentile 100 "${lang}");" \
		"at most 45,000: $(count 45000 "${lang}")"
done
echo
echo "the five heaviest: bytes, sheets"
tail -n 5 "${work}/sample" | while read -r bytes query; do
	echo "  ${bytes} $(sheets "${base}/recommendation?${query}") ${query}"
done
rm -rf "${work}"

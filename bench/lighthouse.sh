#!/usr/bin/env bash
# An independent audit: Lighthouse (npm, version 12) in Debian's Chromium scores
# accessibility, best practices and SEO of the start, question, result, compare and
# counselor pages, in English and Spanish, against an app already running at BASE.
#   BASE=http://localhost:8080 bash bench/lighthouse.sh
# Lighthouse is installed once under ~/.cache/cert-advisor-lighthouse. Reports (JSON) go to
# target/lighthouse/; a failed audit is printed with its title.
set -euo pipefail
base="${BASE:-http://localhost:8080}"
tool="${HOME}/.cache/cert-advisor-lighthouse"
if [ ! -x "${tool}/node_modules/.bin/lighthouse" ]; then
	mkdir -p "${tool}"
	(cd "${tool}" && npm init -y >/dev/null && npm install --silent lighthouse@12 >/dev/null)
fi
out=target/lighthouse
mkdir -p "${out}"
pages=(
	"start /"
	"question /questions/setting"
	"result /recommendation?setting=inpatient&experience=none&education=him-degree"
	"compare /compare"
	"counselor /counselor"
)
printf '%-12s %-4s %14s %15s %5s\n' page lang accessibility best-practices seo
for entry in "${pages[@]}"; do
	name="${entry%% *}"
	path="${entry#* }"
	for lang in en es; do
		url="${base}${path}"
		[ "${lang}" = es ] && url="${url}$([[ "${path}" == *\?* ]] && echo '&' || echo '?')lang=es"
		report="${out}/${name}-${lang}.json"
		CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "${tool}/node_modules/.bin/lighthouse" "${url}" --quiet \
			--only-categories=accessibility,best-practices,seo --output=json --output-path="${report}" \
			--chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1
		node -e '
			const r = require(process.argv[1]);
			const s = (c) => Math.round(r.categories[c].score * 100);
			console.log([process.argv[2].padEnd(12), process.argv[3].padEnd(4), String(s("accessibility")).padStart(14),
				String(s("best-practices")).padStart(15), String(s("seo")).padStart(5)].join(" "));
			for (const c of ["accessibility", "best-practices", "seo"]) {
				for (const ref of r.categories[c].auditRefs) {
					const a = r.audits[ref.id];
					if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("    " + c + ": " + a.id + " – " + a.title);
				}
			}' "$(pwd)/${report}" "${name}" "${lang}"
	done
done

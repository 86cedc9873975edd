-- A mix of real pages, the API and bad links for wrk, with the status each should get;
-- counts the responses that are neither (wrk itself counts only socket errors). "random"
-- is a recommendation for random answers (bench/answers.lua): a page rendered anew, so the
-- soak keeps the page cache filling and dropping as well as serving.
local answers = dofile("bench/answers.lua")
local paths = {
	{ "random", 200 },
	{ "/", 200 },
	{ "/questions/setting", 200 },
	{ "/questions/role?setting=outpatient", 200 },
	{ "/check?setting=inpatient&experience=inpatient&education=him-degree", 200 },
	{ "/recommendation?setting=outpatient&experience=none&education=none&membership=aapc", 200 },
	{ "/recommendation?setting=inpatient&experience=both&goal=lead-manage&membership=ahima&view=differences", 200 },
	{ "/recommendation?setting=unsure&timeline=asap&lang=es", 200 },
	{ "/compare?membership=none", 200 },
	{ "/counselor", 200 },
	{ "/api/recommendation?setting=inpatient&experience=none&depth=eager", 200 },
	{ "/api/questions", 200 },
	{ "/recommendation?setting=moon", 400 },
	{ "/recommendation?setting=outpatient&setting=inpatient", 400 },
	{ "/api/recommendation?bogus=1", 400 },
	{ "/no/such/page", 404 },
	{ "/css/site.css", 200 },
	{ "random", 200 },
	{ "random", 200 },
	{ "random", 200 },
}

-- Globals, so done() can read each thread's counts with thread:get().
counter = 0
ok = 0
refused = 0
unexpected = 0
setup = answers.setup
init = answers.init

function request()
	counter = counter % #paths + 1
	local path = paths[counter][1]
	return wrk.format("GET", (path == "random") and answers.link() or path)
end

-- wrk does not say which request a response answers, so the check is by class: 200 for
-- pages, 400 or 404 for the bad links, anything else (a 5xx above all) is an error.
function response(status, headers, body)
	if status == 200 then
		ok = ok + 1
	elseif status == 400 or status == 404 then
		refused = refused + 1
	else
		unexpected = unexpected + 1
	end
end

function done(summary, latency, requests)
	local counts = { ok = answers.total("ok"), refused = answers.total("refused"),
		unexpected = answers.total("unexpected") }
	local bad = 0
	for _, path in ipairs(paths) do
		if path[2] ~= 200 then
			bad = bad + 1
		end
	end
	io.write(string.format("200: %d, 400/404: %d (expected share %.1f %%, got %.1f %%)\n", counts.ok, counts.refused,
		100 * bad / #paths, 100 * counts.refused / math.max(1, counts.ok + counts.refused)))
	io.write(string.format("unexpected statuses: %d\n", counts.unexpected))
end

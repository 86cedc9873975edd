-- Recommendation pages for answer sets drawn at random from the whole questionnaire
-- (3 x 7 x 4 x 5 x 3 x 3 x 5 x 3 = 56,700 of them, every question answered), so that
-- almost every request asks for a page not asked for before and has to be rendered:
-- the app's page cache holds a few hundred. Counts responses other than 200.
local questions = {
	{ "setting", { "outpatient", "inpatient", "unsure" } },
	{ "role", { "outpatient-coder", "billing-specialist", "coding-auditor", "inpatient-coder", "coding-manager",
		"him-manager", "unsure" } },
	{ "experience", { "none", "outpatient", "inpatient", "both" } },
	{ "education", { "none", "coding-course", "him-degree", "clinical", "credential" } },
	{ "depth", { "eager", "open", "prefer-not" } },
	{ "timeline", { "asap", "within-year", "no-rush" } },
	{ "goal", { "specialize-outpatient", "specialize-inpatient", "audit-compliance", "lead-manage", "unsure" } },
	{ "membership", { "aapc", "ahima", "none" } },
}

-- Globals, so done() can read each thread's count with thread:get().
failed = 0
local threads = {}
local started = 0

function setup(thread)
	started = started + 1
	thread:set("id", started)
	table.insert(threads, thread)
end

function init(args)
	-- Each thread draws its own sequence, or the second would ask for the first's pages.
	math.randomseed(os.time() * 100 + id)
end

function request()
	local query = {}
	for i, question in ipairs(questions) do
		local options = question[2]
		query[i] = question[1] .. "=" .. options[math.random(#options)]
	end
	return wrk.format("GET", "/recommendation?" .. table.concat(query, "&"))
end

function response(status, headers, body)
	if status ~= 200 then
		failed = failed + 1
	end
end

function done(summary, latency, requests)
	local total = 0
	for _, thread in ipairs(threads) do
		total = total + thread:get("failed")
	end
	io.write(string.format("not 200: %d\n", total))
end

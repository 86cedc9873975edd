-- A recommendation link for an answer set drawn at random from the whole questionnaire
-- (3 x 7 x 4 x 5 x 3 x 3 x 5 x 3 = 56,700 of them, every question answered), for the wrk
-- scripts: almost every one asks for a page not asked for before, so it is rendered.
-- Usage: local answers = dofile("bench/answers.lua"); setup = answers.setup; init = answers.init;
-- then answers.link() in request() and answers.total(name) in done().
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

local answers = {}
local threads = {}

-- wrk's setup(): numbers each thread, so that it draws its own sequence (or the second
-- would ask for the first's pages) and done() can add up its counts.
function answers.setup(thread)
	table.insert(threads, thread)
	thread:set("id", #threads)
end

-- wrk's init(), in each thread: seeds its draws from its number.
function answers.init(args)
	math.randomseed(os.time() * 100 + id)
end

-- For done(): the global counter `name` added up over every thread.
function answers.total(name)
	local total = 0
	for _, thread in ipairs(threads) do
		total = total + thread:get(name)
	end
	return total
end

function answers.link()
	local query = {}
	for i, question in ipairs(questions) do
		local options = question[2]
		query[i] = question[1] .. "=" .. options[math.random(#options)]
	end
	return "/recommendation?" .. table.concat(query, "&")
end

return answers

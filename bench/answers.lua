-- A recommendation link for an answer set drawn at random from the whole questionnaire
-- (3 x 7 x 4 x 5 x 3 x 3 x 5 x 3 = 56,700 of them, every question answered), for the wrk
-- scripts: almost every one asks for a page not asked for before, so it is rendered.
-- Usage: local answers = dofile("bench/answers.lua"); answers.seed(id); answers.link()
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

-- Each wrk thread must draw its own sequence, or the second asks for the first's pages.
function answers.seed(thread_id)
	math.randomseed(os.time() * 100 + thread_id)
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

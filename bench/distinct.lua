-- Recommendation pages for answer sets drawn at random (bench/answers.lua), so almost
-- every request asks for a page not asked for before and has to be rendered: the app's
-- page cache holds a few hundred. Counts responses other than 200.
local answers = dofile("bench/answers.lua")

-- Globals, so done() can read each thread's count with thread:get().
failed = 0
local threads = {}

function setup(thread)
	table.insert(threads, thread)
	thread:set("id", #threads)
end

function init(args)
	answers.seed(id)
end

function request()
	return wrk.format("GET", answers.link())
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

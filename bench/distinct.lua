-- Recommendation pages for answer sets drawn at random (bench/answers.lua), so almost
-- every request asks for a page not asked for before and has to be rendered: the app's
-- page cache holds a few hundred. Counts responses other than 200.
local answers = dofile("bench/answers.lua")

-- A global, so done() can add up each thread's count.
failed = 0
setup = answers.setup
init = answers.init

function request()
	return wrk.format("GET", answers.link())
end

function response(status, headers, body)
	if status ~= 200 then
		failed = failed + 1
	end
end

function done(summary, latency, requests)
	io.write(string.format("not 200: %d\n", answers.total("failed")))
end

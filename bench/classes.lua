-- Class summaries for wrk (bench/classes.sh): wrk ... -s bench/classes.lua URL -- MODE DIR
-- MODE "submit" posts the students' opt-in forms of DIR/forms.tsv, "read" asks for the
-- summaries of DIR/summaries.txt, "mix" does both among the advice pages of bench/mix.lua
-- (a quarter submissions, an eighth summary reads). Submissions and summaries must get a
-- 200 (a result sent again the same day is "already counted", a 200 too); anything else
-- counts as unexpected, as mix.lua counts the advice pages'.
dofile("bench/mix.lua")
local mix_init, mix_request, mix_response = init, request, response
-- Its own copy of answers.lua, whose setup numbers the threads as mix.lua's does and keeps
-- them for answers.total in done().
local answers = dofile("bench/answers.lua")
setup = answers.setup

local form_headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
local forms, summaries = {}, {}
local mode
local sent = 0
local last

function init(args)
	mix_init(args)
	mode = args[1]
	for line in io.lines(args[2] .. "/forms.tsv") do
		local path, body = line:match("^([^\t]+)\t(.*)$")
		table.insert(forms, { path, body })
	end
	for line in io.lines(args[2] .. "/summaries.txt") do
		table.insert(summaries, line)
	end
	-- Each thread starts at its own place in the lists.
	sent = id * math.floor(#forms / 2)
end

local function submit()
	local form = forms[sent % #forms + 1]
	return wrk.format("POST", form[1], form_headers, form[2])
end

local function read()
	return wrk.format("GET", summaries[sent % #summaries + 1])
end

function request()
	sent = sent + 1
	local turn = sent % 8
	if mode == "submit" or (mode == "mix" and (turn == 0 or turn == 4)) then
		last = "class"
		return submit()
	elseif mode == "read" or (mode == "mix" and turn == 2) then
		last = "class"
		return read()
	end
	last = "advice"
	return mix_request()
end

-- wrk does not say which request a response answers. In "submit" and "read" every one is
-- a class route's; "mix" runs one connection per thread (bench/classes.sh), so a
-- response answers the thread's last request.
function response(status, headers, body)
	if (mode ~= "mix" or last == "class") and status ~= 200 then
		unexpected = unexpected + 1
	else
		mix_response(status, headers, body)
	end
end

function done(summary, latency, requests)
	io.write(string.format("200: %d, 400/404 (the bad advice links): %d\n", answers.total("ok"),
		answers.total("refused")))
	io.write(string.format("unexpected statuses: %d\n", answers.total("unexpected")))
end

-- wrk script of the load benchmark (LoadBenchmark): every request carries the cookies of an officer chosen at random
-- from the file the benchmark wrote (one Cookie header a line), as many signed-in officers reading at once would.
local cookies = {}
for line in io.lines(os.getenv("ACADEMY_BENCH_COOKIES")) do
  cookies[#cookies + 1] = line
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  -- each thread its own sequence of officers
  math.randomseed(os.time() * 100 + id)
end

function request()
  return wrk.format("GET", nil, { Cookie = cookies[math.random(#cookies)] })
end

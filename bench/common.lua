-- Shared by every bench script: the credentials from the environment, a count of answers by
-- status class per thread, and one machine-readable line at the end that run.sh parses.
local threads = {}

token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Token " .. token
end
wrk.headers["Accept"] = "application/json"

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, client_errors, server_errors = 0, 0, 0
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    client_errors = client_errors + 1
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local good, bad, broken = 0, 0, 0
  for _, thread in ipairs(threads) do
    good = good + thread:get("ok")
    bad = bad + thread:get("client_errors")
    broken = broken + thread:get("server_errors")
  end
  io.write(string.format("BENCH rps=%.1f p50=%.2f p99=%.2f ok=%d 4xx=%d 5xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    good, bad, broken, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

-- A number from a comma-separated list in an environment variable, or from a range.
function pick(list)
  return list[math.random(#list)]
end

function split(text)
  local values = {}
  for value in string.gmatch(text or "", "[^,]+") do
    table.insert(values, value)
  end
  return values
end

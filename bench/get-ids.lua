-- GET a path with a product id in it: BENCH_PATH holds "%d" where the id goes; the id is one of
-- BENCH_IDS (comma-separated) when set, else anything from 1 to BENCH_ID_COUNT plus BENCH_ID_BASE.
package.path = package.path .. ";" .. os.getenv("BENCH_DIR") .. "/?.lua"
require "common"

local path = os.getenv("BENCH_PATH")
local ids = split(os.getenv("BENCH_IDS"))
local base = tonumber(os.getenv("BENCH_ID_BASE") or "0")
local count = tonumber(os.getenv("BENCH_ID_COUNT") or "1")

request = function()
  local id
  if #ids > 0 then
    id = pick(ids)
  else
    id = base + math.random(count)
  end
  return wrk.format("GET", string.format(path, id))
end

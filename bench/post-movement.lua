-- POST a receipt of one unit: to the one hot product and warehouse (BENCH_HOT_PRODUCT and
-- BENCH_HOT_WAREHOUSE) when set, else to any of BENCH_ID_COUNT products (ids from BENCH_ID_BASE)
-- in any of the warehouses BENCH_WAREHOUSES.
package.path = package.path .. ";" .. os.getenv("BENCH_DIR") .. "/?.lua"
require "common"

local hot_product = os.getenv("BENCH_HOT_PRODUCT")
local hot_warehouse = os.getenv("BENCH_HOT_WAREHOUSE")
local base = tonumber(os.getenv("BENCH_ID_BASE") or "0")
local count = tonumber(os.getenv("BENCH_ID_COUNT") or "1")
local warehouses = split(os.getenv("BENCH_WAREHOUSES"))

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  local product, warehouse = hot_product, hot_warehouse
  if product == nil or product == "" then
    product = base + math.random(count)
    warehouse = pick(warehouses)
  end
  local body = string.format(
    '{"type":"RECEIPT","productId":%s,"warehouseId":%s,"quantity":1,"reference":"bench"}', product, warehouse)
  return wrk.format("POST", "/api/v1/stock/movements", nil, body)
end

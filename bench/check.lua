-- wrk script for bench/serve.ts: counts every response that is not status 200 with the marker
-- (BENCH_MARKER) in its body, and prints the run as one line of JSON. With BENCH_GZIP_LENGTH set,
-- it asks for gzip and checks instead that the body is gzip of exactly that length (bench/serve.ts
-- has checked one such body, decompressed, for the marker).
local threads = {}
if os.getenv("BENCH_GZIP_LENGTH") then
  wrk.headers["Accept-Encoding"] = "gzip"
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  marker = os.getenv("BENCH_MARKER")
  gzip_length = tonumber(os.getenv("BENCH_GZIP_LENGTH") or "")
  good = 0
  bad = 0
end

local function correct(status, headers, body)
  if status ~= 200 then
    return false
  end
  if gzip_length then
    local encoding = headers["Content-Encoding"] or headers["content-encoding"]
    return encoding == "gzip" and #body == gzip_length
  end
  return string.find(body, marker, 1, true) ~= nil
end

function response(status, headers, body)
  if correct(status, headers, body) then
    good = good + 1
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local good_total, bad_total = 0, 0
  for _, thread in ipairs(threads) do
    good_total = good_total + thread:get("good")
    bad_total = bad_total + thread:get("bad")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,' ..
      '"status":%d,"timeout":%d},"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f,' ..
      '"checkedOk":%d,"checkedBad":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean, good_total, bad_total))
end

-- wrk script: JSON submissions with varied bodies spread over 50 threads.
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local body = string.format(
    '{"thread":"bench/article-%d","name":"Reader %d","email":"reader%d@example.org","body":"Comment number %d: I read the whole piece and I think the second argument is stronger than the first one."}',
    counter % 50, counter, counter % 997, counter)
  return wrk.format(nil, nil, nil, body)
end

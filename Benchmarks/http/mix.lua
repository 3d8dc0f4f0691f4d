-- wrk request mix: cycles through URL-encoded paths given in the PATHS environment file.
local paths = {}
local file = io.open(os.getenv("PATHS"), "r")
for line in file:lines() do paths[#paths + 1] = line end
file:close()
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", paths[(counter % #paths) + 1])
end

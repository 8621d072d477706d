-- wrk script: POSTs the chat-completions body in the file named by SYMQA_BODY on every request.
local f = assert(io.open(os.getenv("SYMQA_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

require("http").createServer((q, r) => r.end("hello")).listen(process.env.PORT || 3000);

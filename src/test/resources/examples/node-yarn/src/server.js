require('http').createServer((req, res) => res.end('yarn\n')).listen(process.env.PORT || 3000);

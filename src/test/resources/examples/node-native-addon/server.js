'use strict';

// Answers with the string the compiled addon returns: the image runs what the build compiled, without a compiler.
const http = require('http');
const { greeting } = require('./build/Release/greeting.node');

const port = Number(process.env.PORT || 3000);
http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(greeting() + '\n');
  })
  .listen(port, () => console.log('listening on ' + port));

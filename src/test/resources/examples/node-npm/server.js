'use strict';

// A tiny HTTP server without a framework: the example app that the plugin's tests build and run.
const http = require('http');
const escapeHtml = require('escape-html');
const ms = require('ms');
const statuses = require('statuses');

const started = Date.now();
const port = Number(process.env.PORT || 3000);

const server = http.createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok\n');
    return;
  }
  if (req.url !== '/') {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(statuses.message[404] + ': ' + escapeHtml(req.url) + '\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<p>Hello from node-npm-example, up ' + ms(Date.now() - started) + '.</p>\n');
});

server.listen(port, () => {
  console.log('node-npm-example listening on port ' + port);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));

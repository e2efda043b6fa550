'use strict';

// Answers with ffmpeg's version line: the image needs ffmpeg at run time, not only in the build.
const http = require('http');
const { execFileSync } = require('child_process');

const port = Number(process.env.PORT || 3000);
http
  .createServer((req, res) => {
    const version = execFileSync('ffmpeg', ['-version']).toString().split('\n')[0];
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(version + '\n');
  })
  .listen(port, () => console.log('listening on ' + port));

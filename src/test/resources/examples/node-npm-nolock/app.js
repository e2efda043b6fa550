const ms = require('ms');
console.log('up for ' + ms(process.uptime() * 1000));

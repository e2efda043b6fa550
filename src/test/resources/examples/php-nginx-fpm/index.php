<?php
require __DIR__ . '/vendor/autoload.php';
header('Content-Type: text/plain');
echo 'Hello from php-nginx-fpm on PHP ' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . ' via ' . PHP_SAPI . "\n";

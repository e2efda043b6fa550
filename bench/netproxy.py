#!/usr/bin/env python3
"""A forward proxy that gives every build the same network, whatever the day's egress does.

Every package download of a benchmarked build passes through it (HTTP CONNECT for https, absolute-URI requests for
plain http). It forwards to the real upstream over the machine's own egress, and on the way it

  - adds a fixed latency: each direction of every connection is a delay line of RTT/2, so a TCP connect, a TLS
    handshake and every request/response exchange inside a tunnel cost the added round trip, as on a far link;
    the upstream connect itself waits one RTT first (the far end's TCP handshake);
  - limits the bandwidth: one token bucket per direction shared by all connections, so one build (builds of the
    benchmark run one at a time) gets at most the profile's rate in total, however many connections its tool opens;
  - counts bytes per upstream host: `GET http://127.0.0.1:PORT/_stats` answers JSON (read before and after a build,
    the difference is what that build fetched from outside).

Profiles: "wan" (the default: 40 ms added round trip, 100 Mbit/s each way) and "raw" (no delay, no limit: the
machine's own network, still counted). The machine's real latency and bandwidth come on top of the profile's; with
upstream faster than the profile, the profile is what a build sees.

Usage: bench/netproxy.py [--port 3130] [--profile wan|raw] [--rtt-ms 40] [--mbit 100] [--verbose] [--pid-file F]
       bench/netproxy.py --port 3130 --stats
"""

import argparse
import collections
import json
import os
import socket
import socketserver
import sys
import threading
import time

PROFILES = {"wan": (40.0, 100.0), "raw": (0.0, 0.0)}
CHUNK = 64 * 1024
CONNECT_TRIES = 3
CONNECT_TIMEOUT = 10  # seconds per try
QUEUE_LIMIT = 4 * 1024 * 1024  # bytes a delay line holds before its reader waits: bounded memory per connection


class Bucket:
    """Paces bytes to RATE bytes/s with a virtual clock shared by every connection of one direction."""

    def __init__(self, rate):
        self.rate = rate
        self.next = 0.0
        self.lock = threading.Lock()

    def take(self, n):
        if self.rate <= 0:
            return
        with self.lock:
            now = time.monotonic()
            self.next = max(self.next, now) + n / self.rate
            wait = self.next - now - 0.005  # a 5 ms burst keeps small writes from paying scheduler jitter
        if wait > 0:
            time.sleep(wait)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.down = 0  # upstream -> client: what the build fetched
        self.up = 0
        self.connections = 0
        self.failed = 0
        self.retries = 0
        self.hosts = collections.defaultdict(lambda: {"down": 0, "up": 0, "connections": 0})

    def add(self, host, down=0, up=0, conn=0):
        with self.lock:
            self.down += down
            self.up += up
            self.connections += conn
            h = self.hosts[host]
            h["down"] += down
            h["up"] += up
            h["connections"] += conn

    def snapshot(self):
        with self.lock:
            return {"bytesDown": self.down, "bytesUp": self.up, "connections": self.connections,
                    "failedConnections": self.failed, "connectRetries": self.retries, "hosts": {k: dict(v) for k, v in self.hosts.items()}}


def delta(before, after):
    """What happened between two snapshots: the figures of one build."""
    hosts = {}
    for h, v in after["hosts"].items():
        b = before["hosts"].get(h, {"down": 0, "up": 0, "connections": 0})
        d = {k: v[k] - b[k] for k in v}
        if any(d.values()):
            hosts[h] = d
    return {"bytesDown": after["bytesDown"] - before["bytesDown"], "bytesUp": after["bytesUp"] - before["bytesUp"],
            "connections": after["connections"] - before["connections"],
            "failedConnections": after["failedConnections"] - before["failedConnections"],
            "connectRetries": after.get("connectRetries", 0) - before.get("connectRetries", 0), "hosts": hosts}


class Proxy:
    def __init__(self, port=3130, profile="wan", rtt_ms=None, mbit=None, verbose=False, host="127.0.0.1"):
        rtt, rate = PROFILES[profile]
        self.rtt = (rtt if rtt_ms is None else rtt_ms) / 1000.0
        self.mbit = rate if mbit is None else mbit
        self.profile = profile
        bps = self.mbit * 1e6 / 8
        self.buckets = {"down": Bucket(bps), "up": Bucket(bps)}
        self.stats = Stats()
        self.verbose = verbose
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                proxy.handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 128

        self.server = Server((host, port), Handler)
        self.port = self.server.server_address[1]

    def describe(self):
        if self.rtt == 0 and self.mbit <= 0:
            return "raw network (no added latency, no bandwidth limit; bytes counted)"
        return f"{self.rtt * 1000:.0f} ms added round trip, {self.mbit:g} Mbit/s each way per build"

    def start(self):
        threading.Thread(target=self.server.serve_forever, daemon=True, name="netproxy").start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def log(self, msg):
        if self.verbose:
            print(f"netproxy: {msg}", file=sys.stderr, flush=True)

    # ------------------------------------------------------------------ one client connection
    def handle(self, client):
        head = b""
        while b"\r\n\r\n" not in head:
            data = client.recv(CHUNK)
            if not data:
                return
            head += data
            if len(head) > 65536:
                client.sendall(b"HTTP/1.1 431 Request Header Fields Too Large\r\n\r\n")
                return
        header, rest = head.split(b"\r\n\r\n", 1)
        lines = header.split(b"\r\n")
        try:
            method, target, version = lines[0].decode("latin-1").split(" ", 2)
        except ValueError:
            client.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
            return
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream = self.connect(client, host, int(port or 443))
            if upstream is None:
                return
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self.relay(client, upstream, host, rest)
        elif target.startswith("http://"):
            hostport, _, path = target[len("http://"):].partition("/")
            host, _, port = hostport.partition(":")
            upstream = self.connect(client, host, int(port or 80))
            if upstream is None:
                return
            # One request per connection (Connection: close), so a keep-alive client cannot send its next request
            # for another host down this upstream.
            kept = [l for l in lines[1:] if not l.lower().startswith((b"proxy-", b"connection:", b"keep-alive:"))]
            first = f"{method} /{path} {version}".encode("latin-1")
            self.relay(client, upstream, host, b"\r\n".join([first, *kept, b"Connection: close"]) + b"\r\n\r\n" + rest)
        elif target == "/_stats":
            body = json.dumps(dict(self.stats.snapshot(), profile=self.describe())).encode()
            client.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                           + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
        else:
            client.sendall(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\nnetproxy: a forward proxy; "
                           b"send CONNECT host:port or an absolute http:// URI\n")

    def connect(self, client, host, port):
        time.sleep(self.rtt)  # the far end's TCP handshake
        # A few tries, as a browser or a corporate proxy would: the machine's egress now and then leaves one connect
        # of many unanswered (seen with npm's 15 parallel sockets: one 30 s timeout failed a whole `npm ci`).
        # Each retry is counted (connectRetries in the stats), so a run that needed them says so.
        upstream, error = None, None
        for attempt in range(CONNECT_TRIES):
            try:
                upstream = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
                upstream.settimeout(None)
                break
            except OSError as e:
                error = e
                if attempt + 1 < CONNECT_TRIES:
                    with self.stats.lock:
                        self.stats.retries += 1
                    self.log(f"connect {host}:{port} failed ({e}); trying again")
        if upstream is None:
            with self.stats.lock:
                self.stats.failed += 1
            self.log(f"connect {host}:{port} failed: {error}")
            client.sendall(f"HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\nnetproxy: {host}:{port}: {error}\n"
                           .encode())
            return None
        self.stats.add(host, conn=1)
        self.log(f"connected {host}:{port}")
        return upstream

    def relay(self, client, upstream, host, first_up):
        threads = [threading.Thread(target=self.line, args=(upstream, client, host, "down", b""), daemon=True),
                   threading.Thread(target=self.line, args=(client, upstream, host, "up", first_up), daemon=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for s in (client, upstream):
            try:
                s.close()
            except OSError:
                pass

    def line(self, src, dst, host, direction, first):
        """One direction: a reader fills a queue stamped with arrival times, this thread sends each chunk RTT/2
        after it arrived and through the direction's bucket. EOF is passed on as a half-close."""
        q = collections.deque()
        cond = threading.Condition()
        held = [0]
        oneway = self.rtt / 2

        def reader():
            if first:
                q.append((time.monotonic() + oneway, first))
                held[0] += len(first)
            while True:
                try:
                    data = src.recv(CHUNK)
                except OSError:
                    data = b""
                with cond:
                    while held[0] > QUEUE_LIMIT:
                        cond.wait()
                    q.append((time.monotonic() + oneway, data))
                    held[0] += len(data)
                    cond.notify_all()
                if not data:
                    return

        threading.Thread(target=reader, daemon=True).start()
        bucket = self.buckets[direction]
        while True:
            with cond:
                while not q:
                    cond.wait()
                due, data = q.popleft()
                held[0] -= len(data)
                cond.notify_all()
            if not data:
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            bucket.take(len(data))
            try:
                dst.sendall(data)
            except OSError:
                try:
                    src.shutdown(socket.SHUT_RD)
                except OSError:
                    pass
                return
            if direction == "down":
                self.stats.add(host, down=len(data))
            else:
                self.stats.add(host, up=len(data))


def read_stats(port, host="127.0.0.1"):
    """The counters of a proxy running on PORT (no proxy settings of this process apply: a direct request)."""
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(b"GET /_stats HTTP/1.1\r\nHost: netproxy\r\n\r\n")
        data = b""
        while True:
            d = s.recv(CHUNK)
            if not d:
                break
            data += d
    return json.loads(data.split(b"\r\n\r\n", 1)[1])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, default=3130)
    p.add_argument("--profile", choices=sorted(PROFILES), default="wan")
    p.add_argument("--rtt-ms", type=float, help="added round trip (overrides the profile's)")
    p.add_argument("--mbit", type=float, help="bandwidth per direction in Mbit/s, 0 for none (overrides the profile's)")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--pid-file", help="write this process's id there (a python3 shim may stand between the caller's $!"
                                      " and the interpreter)")
    p.add_argument("--stats", action="store_true", help="print the counters of the proxy running on --port and exit")
    a = p.parse_args()
    if a.stats:
        print(json.dumps(read_stats(a.port), indent=1))
        return
    proxy = Proxy(a.port, a.profile, a.rtt_ms, a.mbit, a.verbose)
    if a.pid_file:
        with open(a.pid_file, "w") as f:
            f.write(f"{os.getpid()}\n")
    print(f"netproxy: listening on 127.0.0.1:{proxy.port}: {proxy.describe()}", flush=True)
    try:
        proxy.server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

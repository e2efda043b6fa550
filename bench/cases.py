"""The measured cases of issue #11, per app and round; bench/run drives them, bench/table.py reports them.

Hosts (defined in bench/RESULTS.md, "Method"):
  warm host   engine `a`, emptied once before the app's seed build and never again for that app: it keeps its local
              layer cache and the image of its previous build, as a long-lived CI agent does.
  fresh host  engine `b`, emptied (containers, images but the base images, volumes, build cache) before every
              build: a host that never saw the app; everything reusable comes from the registry.

Cases of one round (each on a new "commit": one source line changed first):
  warm      both caches, on the warm host, from the warm chain (its previous build)
  fresh     both caches, on the fresh host, from the fresh chain (the previous fresh build, via the registry)
  clean     no cache, on the fresh host
  dep       one dependency added (Go: a vendored module changed), both caches from the state before it (the seed's
            tags copied anew each round), on the fresh host
  depclean  the same source as dep, clean (full profile): dep's exact baseline; without it dep is paired with clean
  coldsave  a cold build that saves both caches under tags never used (nothing to restore), on the fresh host;
            paired with clean it is the cost of saving. The seed build is one such build (used by the quick profile).
  branch    a branch's first build, or a pull request's: on the fresh host, its own cache tags never used, the fresh
            chain's state at the round's start (the previous commit: main's caches) as its read-only --cache-from
"""

import os
import shutil

import netproxy

APPS = {
    "node-web": {"image": "IMAGE_NODE", "touch": "src/server.js", "comment": "//"},
    "spring-web": {"image": "IMAGE_MAVEN", "touch": "src/main/java/bench/Application.java", "comment": "//"},
    "go-svc": {"image": "IMAGE_GO", "touch": "main.go", "comment": "//", "run_image": "IMAGE_BUSYBOX",
               # a changed vendored module: one function more in zap, which most of the service imports
               "dep_append": ("vendor/go.uber.org/zap/global.go", "\n// BenchChanged is the bench's module change.\n"
                                                                  "func BenchChanged() int { return 1 }\n")},
    "vite-web": {"image": "IMAGE_NODE_LTS", "touch": "src/App.tsx", "comment": "//"},
}
ROUND_CASES = ["warm", "fresh", "clean", "dep", "depclean", "coldsave", "branch"]
NO_PROXY = "localhost,127.0.0.1,::1"


def proxy_args(port):
    """Docker's predefined proxy build arguments: the build's RUN steps see them, image history and the layer cache
    key do not (verified on the 20.10 classic builder, see RESULTS.md). Both spellings: curl reads only lowercase
    http_proxy, npm either."""
    url = f"http://127.0.0.1:{port}"
    out = []
    for k, v in (("HTTP_PROXY", url), ("HTTPS_PROXY", url), ("NO_PROXY", NO_PROXY)):
        out += ["--build-arg", f"{k}={v}", "--build-arg", f"{k.lower()}={v}"]
    return out


def prepare_source(app, src, port):
    """Tool settings for tools that ignore the proxy variables: Maven reads JVM options from .mvn/jvm.config."""
    if os.path.exists(os.path.join(src, "pom.xml")):
        os.makedirs(os.path.join(src, ".mvn"), exist_ok=True)
        with open(os.path.join(src, ".mvn", "jvm.config"), "w") as f:
            f.write(f"-Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort={port} -Dhttps.proxyHost=127.0.0.1 "
                    f"-Dhttps.proxyPort={port} -Dhttp.nonProxyHosts=localhost|127.0.0.1\n")


def iface_rx():
    """Bytes received on the non-loopback interfaces (a cross-check: it includes the rest of the machine's traffic)."""
    total = 0
    with open("/proc/net/dev") as f:
        for line in f.readlines()[2:]:
            name, data = line.split(":", 1)
            name = name.strip()
            if name == "lo" or name.startswith(("docker", "veth", "br-")):
                continue
            total += int(data.split()[0])
    return total


class Cases:
    def __init__(self, bench, app):
        self.b = bench
        self.app = app
        self.spec = APPS[app]
        self.src = os.path.join(bench.out, "src-" + app)
        self.commit = 0

    # ------------------------------------------------------------------ names
    def refs(self, chain):
        r = self.b.env["REGISTRY"]
        return f"{r}/bench11/{self.app}:{chain}-{self.b.stamp}", f"{r}/bench11/{self.app}-cache:{chain}-{self.b.stamp}"

    def copy_chain(self, src_chain, dst_chain):
        """Starts chain DST at chain SRC's state: the app image and every cache-repository tag of SRC (the cache
        image and whatever the product derives from its tag, such as a layer-cache image TAG-build)."""
        reg, stamp = self.b.reg, self.b.stamp
        for repo in (f"bench11/{self.app}", f"bench11/{self.app}-cache"):
            prefix = f"{src_chain}-{stamp}"
            for tag in reg.tags(repo):
                if tag == prefix or tag.startswith(prefix + "-"):
                    reg.copy_tag(repo, tag, f"{dst_chain}-{stamp}" + tag[len(prefix):])

    def change_source(self):
        self.commit += 1
        with open(os.path.join(self.src, self.spec["touch"]), "a") as f:
            f.write(f"{self.spec['comment']} bench commit {self.commit}\n")

    def dep_source(self):
        """A copy of the current source with one dependency added (bench/variants/APP-dep overlays the app's
        manifest and lockfile), or for Go one vendored module changed."""
        d = os.path.join(self.b.out, f"src-{self.app}-dep")
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(self.src, d, symlinks=True)
        variant = os.path.join(self.b.bench_dir, "variants", self.app + "-dep")
        if os.path.isdir(variant):
            shutil.copytree(variant, d, dirs_exist_ok=True)
        if "dep_append" in self.spec:
            rel, text = self.spec["dep_append"]
            with open(os.path.join(d, rel), "a") as f:
                f.write(text)
        return d

    # ------------------------------------------------------------------ one build
    def run(self, case, rnd, host, chain=None, src=None, fallback=None):
        """One build of CASE on HOST ('warm' or 'fresh'); CHAIN names the caches used (None: no cache), FALLBACK the
        chain whose cache image is its read-only --cache-from."""
        b = self.b
        x = b.engines.names[0] if host == "warm" else b.engines.names[1]
        reset_s = b.engines.reset(x) if host == "fresh" else 0.0
        img, cache = self.refs(chain or f"{case}-{rnd}")
        extra = []
        if chain:
            extra += ["--cache-image", cache]
            if fallback:
                extra += ["--cache-from", self.refs(fallback)[1]]
            if b.layer_mode == "image":
                # Before the product pushed its own layer-cache image: the previous app image, pushed each build.
                extra += ["--layer-cache-from", img, "--push"]
        if "run_image" in self.spec:
            extra += ["--run-image", b.env[self.spec["run_image"]]]
        extra += self.spec.get("plan_args", [])
        label = f"{self.app}-{case}-{rnd}"
        p0 = netproxy.read_stats(b.proxy.port)
        rx0 = iface_rx()
        r = b.build(label, src or self.src, x, img, b.env[self.spec["image"]], extra + proxy_args(b.proxy.port))
        net = netproxy.delta(p0, netproxy.read_stats(b.proxy.port))
        r.update({"case": case, "round": rnd, "host": host, "app": self.app, "chain": chain, "commit": self.commit,
                  "resetSeconds": round(reset_s, 1), "net": net, "ifaceRxBytes": iface_rx() - rx0,
                  "profile": b.proxy.describe()})
        b.save_result(label, r)
        b.log(f"{self.app} {case:<8} round {rnd}: {r['totalMillis'] / 1000:6.1f} s on the {host} host "
              f"(restore {r.get('restoreMillis', 0) / 1000:.1f} s, save {r.get('saveMillis', 0) / 1000:.1f} s, "
              f"fetched {net['bytesDown'] / 1e6:.1f} MB in {net['connections']} connections; "
              f"load {r['loadBefore']:.1f})")
        return r

    # ------------------------------------------------------------------ the app's run
    def run_all(self):
        b, a = self.b, self.b.a
        shutil.copytree(os.path.join(b.bench_dir, "apps", self.app), self.src, symlinks=True,
                        ignore=shutil.ignore_patterns("node_modules", "dist", "target", "out"))
        prepare_source(self.app, self.src, b.proxy.port)
        self.spec = dict(self.spec, plan_args=b.plan_fixes(self.app, self.src))
        # The seed: a cold build on the emptied warm host that saves both caches. It primes the warm host (its
        # layer cache, its image) and is the first cold-save sample.
        b.engines.reset(b.engines.names[0])
        b.log(f"{self.app}: seed (a cold build that saves, on the emptied warm host)")
        seed = self.run("coldsave", 0, "warm", chain="seed")
        b.detect_layer_mode(self.app, seed)
        self.copy_chain("seed", "warm")
        self.copy_chain("seed", "fresh")
        for rnd in range(1, a.runs + 1):
            # One new commit per round: every case of the round builds the same source.
            self.change_source()
            if "branch" in a.cases:
                # main's caches as they were before this round's commit: a branch forked from the previous one
                self.copy_chain("fresh", "main")
            for case in a.cases:
                if case == "coldsave" and a.coldsave_rounds < rnd:
                    continue
                if case == "warm":
                    self.run(case, rnd, "warm", chain="warm")
                elif case == "fresh":
                    self.run(case, rnd, "fresh", chain="fresh")
                elif case == "clean":
                    self.run(case, rnd, "fresh")
                elif case in ("dep", "depclean"):
                    d = self.dep_source()
                    try:
                        if case == "dep":
                            self.copy_chain("seed", "dep")
                            self.run(case, rnd, "fresh", chain="dep", src=d)
                        else:
                            self.run(case, rnd, "fresh", src=d)
                    finally:
                        shutil.rmtree(d, ignore_errors=True)
                elif case == "coldsave":
                    self.run(case, rnd, "fresh", chain=f"coldsave-{rnd}")
                elif case == "branch":
                    self.run(case, rnd, "fresh", chain=f"branch-{rnd}", fallback="main")

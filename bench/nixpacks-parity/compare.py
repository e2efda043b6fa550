#!/usr/bin/env python3
"""Compares our plans with Nixpacks' snapshots: providers, phases, commands, cache directories, start.

usage: compare.py NIXPACKS_CHECKOUT OUR_PLANS_DIR
OUR_PLANS_DIR holds <example>.json (our --plan-only --format json output) or <example>.err (our error).
Prints one verdict per example and the total. Exits 0; the numbers are the result.

What is compared, per example with a snapshot (tests/snapshots/generate_plan_tests__<name>.snap):
- providers: the ones Nixpacks names in NIXPACKS_METADATA (its plan's `providers` is the config's list,
  usually empty), against our plan's `providers`;
- phases: the names of the phases that run commands or cache something;
- per phase the commands, in order, and the cache directories, as a set;
- the start command.
Nix packages, build images and variables are not compared: we build on official language images.
The only rewrites are the deliberate deviations of docs/providers.md, listed in DEVIATIONS below.
"""
import json
import os
import re
import sys

PROVIDERS = {
    "node", "python", "go", "java", "php", "ruby", "rust", "deno", "elixir", "staticfile", "clojure", "swift",
    "cobol", "f#", "c#", "zig", "scheme", "scala", "lunatic", "gleam", "dart", "crystal", "haskell", "haunt",
}
RENAMED = {"c#": "csharp", "f#": "fsharp"}

# Deviations (docs/providers.md, "Deliberate deviations from Nixpacks"), as rewrites. OURS turns one of our commands into
# what Nixpacks has in its place (a result of None drops it: Nixpacks gets that tool from Nix); THEIRS drops a
# Nixpacks command whose work the official language image has already done.
OURS = [
    # The official node image has npm and yarn 1, not pnpm or bun: we install them.
    (re.compile(r"^npm install -g (pnpm@\S+|bun)$"), None),
    # Nixpacks pins corepack 0.24.1, which cannot verify downloads signed after npm's 2025 key rotation.
    (re.compile(r"^npm install -g corepack@\S+ && corepack enable$"), "npm install -g corepack@0.24.1 && corepack enable"),
    # The virtualenv lives in /app/.venv, inside the folder copied to the run image, not in /opt/venv.
    (re.compile(r"/app/\.venv\b"), "/opt/venv"),
    # pipenv is not in the python image: pip installs it into the venv.
    (re.compile(r"pip install pipenv && "), ""),
    # Start commands run under /bin/sh, which has no [[ ]].
    (re.compile(r'^\[ -z "\$\{PORT\}" \] '), '[[ -z "${PORT}" ]] '),
    # PHP: $PORT goes into the nginx configuration with sed, not a Node script; php-fpm is Debian's php-fpmX.Y.
    (re.compile(r'^sed -e "s/\[\$\]\{PORT\}/\$\{PORT:-80\}/g" (\S+) > /tmp/nginx\.conf && \(php-fpm\S* -y /assets/php-fpm\.conf & nginx -c /tmp/nginx\.conf\)$'),
     lambda m: "node /assets/scripts/prestart.mjs "
     + m.group(1).replace("/assets/nginx.conf", "/assets/nginx.template.conf")
     + " /nginx.conf && (php-fpm -y /assets/php-fpm.conf & nginx -c /nginx.conf)"),
    # Stack installs the executables into /app/.local/bin, which the run stage carries, not /root/.local/bin.
    (re.compile(r"^stack install --local-bin-path /app/\.local/bin$"), "stack install"),
    (re.compile(r"^/app/\.local/bin/"), "/root/.local/bin/"),
    # Maven uses its default repository /root/.m2/repository, outside the project, in batch mode without progress.
    (re.compile(r" -Dmaven\.repo\.local=\S+| -ntp\b"), ""),
    # Maven resolves dependencies from the POMs alone in an install phase of its own (dependency-first, #11).
    (re.compile(r"go-offline-maven-plugin:\S+:resolve-dependencies"), None),
    # Maven's build packages the app without `install` (the app's own jar stays out of the cached repository) and
    # without Nixpacks' dependency:list report, which nothing reads.
    (re.compile(r"^((?:chmod \+x \./mvnw && )?(?:\./mvnw|mvn)) -B -DskipTests package$"),
     lambda m: m.group(1) + " -DoutputFile=target/mvn-dependency-list.log -B -DskipTests clean dependency:list install"),
    # Gradle reuses task outputs from its local build cache, kept in the cached ~/.gradle.
    (re.compile(r" --build-cache\b"), ""),
]
THEIRS = [
    # rbenv compiles Ruby in the setup phase; the ruby image has it.
    re.compile(r"rbenv-installer"),
    # Nixpacks downloads the Gleam binary at build time; the Gleam image has it.
    re.compile(r"^sh /assets/get-gleam\.sh "),
    # nginx's folders exist in the nginx image.
    re.compile(r"^mkdir /etc/nginx/ /var/log/nginx/ /var/cache/nginx/$"),
]
CACHE_DEVIATIONS = {
    # Maven's default repository, outside the project (a source-tree check would scan it otherwise).
    "/root/.m2/repository": ".m2/repository",
    # Go's module cache (the golang image's GOPATH is /go) is kept too; Nixpacks keeps only the build cache.
    "/go/pkg/mod": None,
}


def our_cmd(cmd):
    for pattern, replacement in OURS:
        if pattern.search(cmd):
            if replacement is None:
                return None
            cmd = pattern.sub(replacement if callable(replacement) else lambda _: replacement, cmd)
    return cmd


def their_cmd(cmd):
    return None if any(p.search(cmd) for p in THEIRS) else cmd


def snapshot(path):
    text = open(path, encoding="utf-8").read()
    plan = json.loads(text[text.index("\n---\n", 4) + 5:])
    if "version" in plan and "phases" not in plan:
        # A snapshot of Nixpacks' first plan schema (haskell-stack's test is skipped and its snapshot kept):
        # phases are top-level keys and no provider is recorded, so providers are not compared.
        phases = {k: plan[k] for k in ("setup", "install", "build") if isinstance(plan.get(k), dict)}
        return {"legacy": True, "phases": phases, "start": plan.get("start")}
    return plan


def providers_of(plan, ours):
    if ours:
        return [RENAMED.get(p, p) for p in plan.get("providers") or []]
    meta = (plan.get("variables") or {}).get("NIXPACKS_METADATA", "")
    return [RENAMED.get(p, p) for p in meta.split(",") if p in PROVIDERS]


def spaces(cmd):
    """Runs of blanks are one blank to the shell: Nixpacks' `-jar  $(ls ...)` is `-jar $(ls ...)`."""
    return " ".join(cmd.split())


def phases_of(plan, ours):
    result = {}
    carried = []
    for name, phase in (plan.get("phases") or {}).items():
        cmds = phase.get("cmds") or []
        dirs = phase.get("cacheDirectories") or []
        if ours:
            before = len(cmds)
            cmds = [c for c in map(our_cmd, cmds) if c is not None]
            if before and not cmds:
                # A phase of ours that exists only for a deviation (Maven's dependency-first install): Nixpacks
                # caches its directories in the build phase, where the same commands run.
                carried += dirs
                continue
            if name == "build":
                dirs = dirs + carried
            dirs = [CACHE_DEVIATIONS.get(d, d) for d in dirs]
            dirs = [d for d in dirs if d is not None]
        else:
            cmds = [c for c in map(their_cmd, cmds) if c is not None]
        cmds = [spaces(c) for c in cmds]
        if cmds or dirs:
            result[name] = (cmds, sorted(set(dirs)))
    return result


def start_of(plan, ours):
    cmd = spaces((plan.get("start") or {}).get("cmd") or "")
    return (our_cmd(cmd) if ours and cmd else cmd) or None


def compare(exp, ours):
    """The first difference, or None."""
    if not exp.get("legacy") and providers_of(exp, False) != providers_of(ours, True):
        return f"providers {providers_of(ours, True)} != {providers_of(exp, False)}"
    e, o = phases_of(exp, False), phases_of(ours, True)
    if sorted(e) != sorted(o):
        return f"phases {sorted(o)} != {sorted(e)}"
    for name in sorted(e):
        if e[name][0] != o[name][0]:
            return f"{name} cmds {o[name][0]} != {e[name][0]}"
        if e[name][1] != o[name][1]:
            return f"{name} cacheDirectories {o[name][1]} != {e[name][1]}"
    if start_of(exp, False) != start_of(ours, True):
        return f"start {start_of(ours, True)!r} != {start_of(exp, False)!r}"
    return None


def main():
    checkout, ours_dir = sys.argv[1:3]
    snaps = os.path.join(checkout, "tests", "snapshots")
    examples = sorted(os.listdir(os.path.join(checkout, "examples")))
    matched, total, misses = 0, 0, []
    for example in examples:
        snap = os.path.join(snaps, "generate_plan_tests__" + example.replace("-", "_") + ".snap")
        if not os.path.isfile(snap):
            continue  # Nixpacks' own test skips it (test-helper IGNORE) and keeps no snapshot
        total += 1
        ours_json = os.path.join(ours_dir, example + ".json")
        if os.path.isfile(ours_json):
            try:
                diff = compare(snapshot(snap), json.load(open(ours_json, encoding="utf-8")))
            except ValueError as e:
                diff = f"unreadable output: {e}"
        else:
            err = open(os.path.join(ours_dir, example + ".err"), encoding="utf-8").read().strip()
            diff = "error: " + (err.splitlines() or ["(no output)"])[0][:300]
        if diff is None:
            matched += 1
            print(f"MATCH  {example}")
        else:
            misses.append((example, diff))
            print(f"DIFF   {example}: {diff}")
    print()
    print(f"{matched}/{total} match")
    for example, diff in misses:
        print(f"  {example}: {diff}")


main()

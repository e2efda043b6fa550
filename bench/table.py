"""The target table of issue #11 from raw result folders of bench/run: markdown (printed, and written into
bench/RESULTS.md between the round-11 markers) and a JSON digest (bench/results/round11.json).

Result files are read tolerantly: any *.json with a "case" field; fields the runner adds later are ignored, fields
it lacks count as 0. Times are the runner's totalMillis (plan, layer-cache pull, restore, docker build, save,
pushes) unless said otherwise."""

import glob
import json
import os
import statistics

BEGIN = "<!-- bench/run round 11: generated, do not edit by hand -->"
END = "<!-- end of bench/run round 11 -->"
APPS = ["node-web", "spring-web", "go-svc", "vite-web"]
KIND = {"node-web": "npm", "spring-web": "Maven", "go-svc": "Go", "vite-web": "Vite"}
FRESH_VS_CLEAN = {"node-web": 3.0, "spring-web": 3.0, "vite-web": 3.0, "go-svc": 2.0}
DEP_VS_CLEAN = {"node-web": 1.5, "vite-web": 1.5, "spring-web": 2.5, "go-svc": 2.0}
CASE_NAMES = {"warm": "warm host", "fresh": "fresh host", "clean": "clean", "dep": "dependency added",
              "depclean": "dependency added, clean", "coldsave": "cold build that saves",
              "branch": "a branch's first build (main's caches as cacheFrom)"}


def t(r):
    return r.get("totalMillis", 0) / 1000


def fetched(r):
    return (r.get("net") or {}).get("bytesDown", 0)


def collect(raws):
    data, metas = {}, []
    for raw in raws:
        mp = os.path.join(raw, "meta.json")
        if os.path.exists(mp):
            with open(mp) as f:
                metas.append(dict(json.load(f), raw=os.path.basename(raw.rstrip("/"))))
        for p in sorted(glob.glob(os.path.join(raw, "*.json"))):
            try:
                with open(p) as f:
                    r = json.load(f)
            except (OSError, ValueError):
                continue
            if isinstance(r, dict) and "case" in r and "app" in r:
                data.setdefault(r["app"], {}).setdefault(r["case"], {})[r["round"]] = r
    return data, metas


def med(vals):
    return statistics.median(vals) if vals else None


def span(vals, fmt):
    if not vals:
        return "–"
    if len(vals) == 1:
        return f"{fmt(vals[0])} (1 run)"
    return f"**{fmt(med(vals))}** ({fmt(min(vals))}–{fmt(max(vals))})"


def secs(x):
    return f"{x:.1f} s"


def mb(x):
    return f"{x / 1e6:.1f} MB"


def ratio(x):
    return f"{x:.2f}x"


def share_of(x):
    return f"{x * 100:.1f}%"


def pct(x):
    return f"{x * 100:+.1f}%"


def paired(cases, num, den, f=lambda a, b: a / b if b else None):
    """Per round: f(num's value, den's value), for the rounds both have."""
    out = []
    for rnd, rn in sorted(cases.get(num, {}).items()):
        rd = cases.get(den, {}).get(rnd)
        if rd is not None:
            v = f(rn, rd)
            if v is not None:
                out.append(v)
    return out


def app_figures(app, cases):
    clean = cases.get("clean", {})
    dep_base = "depclean" if cases.get("depclean") else "clean"
    fig = {
        "fresh_over_warm": paired(cases, "fresh", "warm", lambda a, b: t(a) / t(b)),
        "clean_over_fresh": paired(cases, "clean", "fresh", lambda a, b: t(a) / t(b)),
        "branch_over_fresh": paired(cases, "branch", "fresh", lambda a, b: t(a) / t(b)),
        "clean_over_branch": paired(cases, "clean", "branch", lambda a, b: t(a) / t(b)),
        "dep_speedup": [t(b) / t(a) for rnd, a in sorted(cases.get("dep", {}).items())
                        if (b := cases.get(dep_base, {}).get(rnd))],
        "dep_base": dep_base,
        "bytes_fresh_over_clean": paired(cases, "fresh", "clean",
                                         lambda a, b: fetched(a) / fetched(b) if fetched(b) else None),
        "bytes_dep_over_clean": paired(cases, "dep", "clean",
                                       lambda a, b: fetched(a) / fetched(b) if fetched(b) else None),
    }
    # Cold save: each coldsave round against the same round's clean; the seed (round 0) against round 1's.
    cost = []
    for rnd, r in sorted(cases.get("coldsave", {}).items()):
        c = clean.get(rnd if rnd else 1)
        if c:
            cost.append(t(r) / t(c) - 1)
    fig["save_cost"] = cost
    fig["save_millis_share"] = [r.get("saveMillis", 0) / r["totalMillis"] for r in cases.get("coldsave", {}).values()
                                if r.get("totalMillis")]
    # Never slower than clean by more than 5%: every build with a cache against its round's clean build.
    worst = None
    for case in ("warm", "fresh", "dep", "coldsave", "branch"):
        for rnd, r in cases.get(case, {}).items():
            c = clean.get(rnd if rnd else 1)
            if c and t(c):
                v = t(r) / t(c)
                if worst is None or v > worst[0]:
                    worst = (v, case, rnd)
    fig["worst_vs_clean"] = worst
    return fig


def verdict(ok):
    return "–" if ok is None else ("**met**" if ok else "**missed**")


def render(data, metas):
    L = []
    for m in metas:
        ms = m.get("machineStart", {})
        L.append(f"- `{m.get('command', '?')}` on {m.get('commit', '?')}: {ms.get('date', '?')}, "
                 f"{m.get('elapsedSeconds', 0) // 60} min, network: {m.get('profile', '?')}, layer cache: "
                 f"{m.get('layerMode', '?')} mode, load average at start {ms.get('loadavg', '?')}; "
                 f"{ms.get('nproc', '?')} cores, {ms.get('docker', '?')}"
                 + (f"; FAILED: {'; '.join(m['failed'])}" if m.get("failed") else ""))
    L += ["", "Median (min–max) over the rounds; time is the runner's `totalMillis`; fetched is what crossed the"
          " proxy from outside.", "",
          "| app | case | time | fetched | restore | save | load before |", "|---|---|---|---|---|---|---|"]
    digest = {}
    for app in [a for a in APPS if a in data] + sorted(set(data) - set(APPS)):
        cases = data[app]
        for case in ("warm", "fresh", "clean", "dep", "depclean", "coldsave", "branch"):
            rs = list(cases.get(case, {}).values())
            if not rs:
                continue
            L.append(f"| {app} | {CASE_NAMES[case]} | {span([t(r) for r in rs], secs)} | "
                     f"{span([fetched(r) for r in rs], mb)} | "
                     f"{secs(med([r.get('restoreMillis', 0) / 1000 for r in rs]))} | "
                     f"{secs(med([r.get('saveMillis', 0) / 1000 for r in rs]))} | "
                     f"{med([r.get('loadBefore', 0) for r in rs]):.1f} |")
    L += ["", "Targets, as paired ratios (builds of the same round, minutes apart), median (min–max):", "",
          "| target | app | measured | met? |", "|---|---|---|---|"]
    for app in [a for a in APPS if a in data]:
        f = app_figures(app, data[app])
        digest[app] = f
        k = KIND.get(app, app)
        fw = f["fresh_over_warm"]
        L.append(f"| fresh host ≤ 1.15 × warm host | {app} ({k}) | {span(fw, ratio)} | "
                 f"{verdict(med(fw) <= 1.15 if fw else None)} |")
        cf = f["clean_over_fresh"]
        L.append(f"| fresh host ≥ {FRESH_VS_CLEAN.get(app, 3):g}x faster than clean | {app} | {span(cf, ratio)} | "
                 f"{verdict(med(cf) >= FRESH_VS_CLEAN.get(app, 3) if cf else None)} |")
        ds = f["dep_speedup"]
        L.append(f"| {'changed vendored module' if app == 'go-svc' else 'dependency added'}, cache restored, ≥ "
                 f"{DEP_VS_CLEAN.get(app, 1.5):g}x against {'its own clean build' if f['dep_base'] == 'depclean' else 'clean'}"
                 f" | {app} | {span(ds, ratio)} | {verdict(med(ds) >= DEP_VS_CLEAN.get(app, 1.5) if ds else None)} |")
        w = f["worst_vs_clean"]
        L.append(f"| never slower than clean by > 5% (worst build with a cache) | {app} | "
                 + (f"{ratio(w[0])} of clean ({CASE_NAMES[w[1]]}, round {w[2]}) | {verdict(w[0] <= 1.05)} |"
                    if w else "– | – |"))
        bf = f["bytes_fresh_over_clean"]
        bd = f["bytes_dep_over_clean"]
        L.append(f"| bytes fetched with the caches restored ≤ 5% of clean | {app} | fresh host {span(bf, share_of)};"
                 f" dependency added {span(bd, share_of)} | {verdict(max(bf) <= 0.05 if bf else None)} |")
        sc = f["save_cost"]
        share = f["save_millis_share"]
        L.append(f"| cost of saving ≤ 5% of a cold build | {app} | {span(sc, pct)} against clean"
                 f" (saveMillis {span(share, share_of)} of the build) | "
                 f"{verdict(med(sc) <= 0.05 if sc else None)} |")
        bw, cb = f["branch_over_fresh"], f["clean_over_branch"]
        if bw:
            L.append(f"| (no target) a branch's first build: against the fresh host; clean against it | {app} | "
                     f"{span(bw, ratio)}; clean {span(cb, ratio)} slower | – |")
    return "\n".join(L) + "\n", digest


def write(raws, md_path):
    data, metas = collect(raws)
    md, digest = render(data, metas)
    if md_path:
        with open(md_path) as f:
            page = f.read()
        block = f"{BEGIN}\n{md}{END}"
        if BEGIN in page and END in page:
            page = page[:page.index(BEGIN)] + block + page[page.index(END) + len(END):]
        else:
            page = page.rstrip("\n") + "\n\n" + block + "\n"
        with open(md_path, "w") as f:
            f.write(page)
        with open(os.path.join(os.path.dirname(md_path), "results", "round11.json"), "w") as f:
            json.dump({"runs": [m.get("raw") for m in metas], "figures": digest}, f, indent=1, default=str)
    return md

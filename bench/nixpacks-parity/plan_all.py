#!/usr/bin/env python3
"""Runs our planner on every example: `java -jar JAR <example> --plan-only --format json`, as Nixpacks' test
harness (test-helper) plans them: test.env's CUSTOM_START_CMD becomes the start command, its ENVS (split on ", ")
the environment and plan variables. Writes OUT/<example>.json, or OUT/<example>.err when the planner fails.
usage: plan_all.py JAR EXAMPLES_DIR OUT JOBS
"""
import concurrent.futures
import os
import re
import subprocess
import sys

jar, examples, out, jobs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def test_env(path):
    values = {}
    if os.path.isfile(path):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^\s*([A-Z_]+)=(.*)$", line.strip())
            if m:
                values[m.group(1)] = m.group(2).strip().strip("'\"")
    return values


def plan(example):
    t = test_env(os.path.join(examples, example, "test.env"))
    args = ["java", "-jar", jar, example, "--plan-only", "--format", "json"]
    env = dict(os.environ)
    if example == "custom-plan-path":  # Nixpacks' test_custom_plan_path names the file
        args += ["--config", "custom-nixpacks.toml"]
    if t.get("CUSTOM_START_CMD"):
        args += ["--start-cmd", t["CUSTOM_START_CMD"]]
    for kv in filter(None, t.get("ENVS", "").split(", ")):
        k, _, v = kv.partition("=")
        env[k] = v
        args += ["--env", kv]
    p = subprocess.run(args, cwd=examples, env=env, capture_output=True, text=True)
    # stdout holds only the plan; warnings go to stderr
    ext = ".json" if p.returncode == 0 else ".err"
    with open(os.path.join(out, example + ext), "w", encoding="utf-8") as f:
        f.write(p.stdout if p.returncode == 0 else p.stdout + p.stderr)


names = sorted(d for d in os.listdir(examples) if os.path.isdir(os.path.join(examples, d)))
with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
    list(pool.map(plan, names))

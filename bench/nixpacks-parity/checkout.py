#!/usr/bin/env python3
"""Writes examples/ and tests/snapshots/ of a Nixpacks mirror at COMMIT into DEST.

Plain `git archive` stops at the first blob a partial mirror lacks (large files such as the vendored
.yarn/cache zips are listed but absent), so blobs are copied one by one and the missing ones are
skipped: the planner never reads them. Symlinks stay symlinks, executables stay executable.
usage: checkout.py GIT_DIR COMMIT DEST
"""
import os
import subprocess
import sys

git_dir, commit, dest = sys.argv[1:4]


def git(*args, **kw):
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, **kw)


listing = git("ls-tree", "-r", "-z", commit, "examples", "tests/snapshots", check=True).stdout
missing = 0
for entry in listing.split(b"\0"):
    if not entry:
        continue
    meta, path = entry.split(b"\t", 1)
    mode, kind, sha = meta.split()
    if kind != b"blob":
        continue  # submodules
    target = os.path.join(dest, path.decode())
    os.makedirs(os.path.dirname(target), exist_ok=True)
    blob = git("cat-file", "blob", sha.decode())
    if blob.returncode != 0:
        missing += 1
        continue
    if os.path.lexists(target):
        os.remove(target)
    if mode == b"120000":
        os.symlink(blob.stdout.decode(), target)
        continue
    with open(target, "wb") as f:
        f.write(blob.stdout)
    if mode == b"100755":
        os.chmod(target, 0o755)
print(f"checked out {commit} into {dest} ({missing} blobs absent from the mirror, skipped)")

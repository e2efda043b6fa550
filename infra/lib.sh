# Shared by infra/up, infra/down and infra/reset-engine. Sourced, not run.
# Layout: cached data under /var/lib/nixpacks-test (kept by infra/down), runtime state under /run/nixpacks-test.

set -Eeuo pipefail

STATE=/var/lib/nixpacks-test
RUNDIR=/run/nixpacks-test
ENV_FILE=$RUNDIR/env
IMAGES_DIR=$STATE/images
REGISTRY_DIR=$STATE/registry
REGISTRY_ADDR=127.0.0.1:5151
REGISTRY_USER=ci
REGISTRY_PASSWORD_FILE=$REGISTRY_DIR/password
ENGINES=(a b)

# The Debian engine speaks API 1.41; /usr/local/bin/docker may be a newer client, so use Debian's and pin it.
DOCKER_CLI=/usr/bin/docker
export DOCKER_API_VERSION=1.41

IMAGE_BUSYBOX=nixpacks-test/busybox:1
IMAGE_BUSYBOX_NOFETCH=nixpacks-test/busybox-nofetch:1
IMAGE_NODE=nixpacks-test/node:bookworm
IMAGE_MAVEN=nixpacks-test/maven:bookworm
# Go 1.23 from bookworm-backports (bookworm's own is 1.19); Node 24, the current LTS, from sid (trixie has 20,
# which reached end of life in April 2026).
IMAGE_GO=nixpacks-test/go:1.23-bookworm
IMAGE_NODE_LTS=nixpacks-test/node:24-sid
# Toolchains that Debian packages, for the end-to-end builds of the other providers' examples (bookworm's versions):
# one image for the interpreted languages (Python 3.11, Ruby 3.1, PHP 8.2 with php-fpm and nginx), Rust 1.63,
# Leiningen 2.10 on JDK 17, GHC 9.0 with Stack 2.7; and sid's Crystal with shards (bookworm's Crystal 1.6 has no shards).
IMAGE_SCRIPTING=nixpacks-test/scripting:bookworm
IMAGE_RUST=nixpacks-test/rust:1.63-bookworm
IMAGE_LEIN=nixpacks-test/lein:2.10-bookworm
IMAGE_HASKELL=nixpacks-test/haskell:9.0-bookworm
IMAGE_CRYSTAL=nixpacks-test/crystal:sid
BASE_IMAGES=("$IMAGE_BUSYBOX" "$IMAGE_BUSYBOX_NOFETCH" "$IMAGE_NODE" "$IMAGE_MAVEN" "$IMAGE_GO" "$IMAGE_NODE_LTS"
    "$IMAGE_SCRIPTING" "$IMAGE_RUST" "$IMAGE_LEIN" "$IMAGE_HASKELL" "$IMAGE_CRYSTAL")
# Only engine a builds the toolchain examples: engine b is not given these (3.3 GB of tarballs, ~50 s of docker load).
ENGINE_A_ONLY=("$IMAGE_SCRIPTING" "$IMAGE_RUST" "$IMAGE_LEIN" "$IMAGE_HASKELL" "$IMAGE_CRYSTAL")

SCRIPT_NAME=infra/$(basename "$0")

die() {
    echo "$SCRIPT_NAME: FAILED: $*" >&2
    exit 1
}

trap 'echo "$SCRIPT_NAME: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

now_us() { echo "${EPOCHREALTIME/./}"; }

# step_done START_US WHAT: one line per step with its duration.
step_done() {
    local start=$1
    shift
    local us=$(($(now_us) - start))
    printf '%s: %s (%d.%d s)\n' "$SCRIPT_NAME" "$*" $((us / 1000000)) $((us % 1000000 / 100000))
}

# Serialises concurrent runs (tests of several worktrees may call infra/up at once).
take_lock() {
    mkdir -p "$RUNDIR"
    exec 9>"$RUNDIR/lock"
    flock -w 3600 9 || die "another infra script has held $RUNDIR/lock for an hour"
}

engine_sock() { echo "$RUNDIR/$1/docker.sock"; }
engine_uri() { echo "unix://$RUNDIR/$1/docker.sock"; }
engine_pidfile() { echo "$RUNDIR/$1/dockerd.pid"; }
engine_exec_root() { echo "$RUNDIR/$1/exec"; }
engine_data_root() { echo "$STATE/$1/data"; }
engine_log() { echo "$STATE/$1/dockerd.log"; }

# docker against engine X, with the Debian client.
dk() {
    local x=$1
    shift
    "$DOCKER_CLI" -H "$(engine_uri "$x")" "$@"
}

engine_answers() {
    [ -S "$(engine_sock "$1")" ] && timeout 10 "$DOCKER_CLI" -H "$(engine_uri "$1")" info --format '{{.ServerVersion}}' >/dev/null 2>&1
}

# Prints the pid in FILE if that process is alive and its command line contains NEEDLE.
live_pid() {
    local file=$1 needle=$2 pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$needle" || return 1
    echo "$pid"
}

# Waits up to SECONDS for pid to exit.
wait_exit() {
    local pid=$1 seconds=$2 i
    for ((i = 0; i < seconds * 10; i++)); do
        [ -d "/proc/$pid" ] || return 0
        sleep 0.1
    done
    return 1
}

# Pids (other than our own) whose command line mentions PATH: containerd and its shims of one engine.
pids_mentioning() {
    local needle=$1 p
    for p in /proc/[0-9]*; do
        [ "${p#/proc/}" = "$$" ] && continue
        tr '\0' ' ' <"$p/cmdline" 2>/dev/null | grep -qF -- "$needle" && echo "${p#/proc/}"
    done
    return 0
}

image_tarball() {
    local name=${1//\//_}
    echo "$IMAGES_DIR/${name//:/_}.tar"
}

# Loads every base image that engine X lacks from its cached tarball. Prints how many it loaded.
load_base_images() {
    local x=$1 img n=0
    for img in "${BASE_IMAGES[@]}"; do
        [ "$x" != a ] && [[ " ${ENGINE_A_ONLY[*]} " == *" $img "* ]] && continue
        if ! dk "$x" image inspect "$img" >/dev/null 2>&1; then
            [ -f "$(image_tarball "$img")" ] || die "no cached tarball $(image_tarball "$img") for $img: run infra/up"
            dk "$x" load -q -i "$(image_tarball "$img")" >/dev/null || die "docker load of $img into engine $x failed"
            n=$((n + 1))
        fi
    done
    echo "$n"
}

#!/usr/bin/env bash
# Platform benchmark (issue "Platform foundation"): build time, boot to first REST 200 against the boot of a bare
# Karaf 4.4.10 measured in the same run, runtime plugin install time, resident memory after boot.
#
#   distribution/bench/platform-bench.sh [--cold] [--runs N]
#
# --cold   also measures a build with an empty local Maven repository (downloads everything; a few minutes)
# --runs   boots per measurement (default 3); figures are printed as min / median / max
#
# Needs the built distribution (mvn -DskipTests install). Everything runs on 127.0.0.1 on free ports and is
# stopped at the end. Results go to stdout; copy them into docs/benchmarks.md with the machine's facts.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
RUNS=3
COLD=false
while [ $# -gt 0 ]; do
  case "$1" in
    --cold) COLD=true ;;
    --runs) RUNS=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
KARAF_VERSION=4.4.10
WORK=$(mktemp -d /tmp/jiuye-bench.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  sleep 1
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "%d / %d / %d ms", a[1], a[int((NR+1)/2)], a[NR]}'; }
java_pid_of() { # the Karaf JVM started from directory $1
  pgrep -f "karaf.base=$1" | head -n1
}

echo "# Jiuye platform benchmark — $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n1)"
echo

if $COLD; then
  REPO="$WORK/m2"
  t0=$(now_ms)
  mvn -B -q -Dmaven.repo.local="$REPO" -DskipTests install >/dev/null
  echo "cold build (empty local repository, -DskipTests): $(( $(now_ms) - t0 )) ms"
fi
t0=$(now_ms)
mvn -B -q -o -DskipTests install >/dev/null
echo "warm build (-o -DskipTests install): $(( $(now_ms) - t0 )) ms"

DIST=$(ls "$ROOT"/distribution/target/jiuye-*.tar.gz | head -n1)
mvn -B -q -o dependency:copy -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz \
  -DoutputDirectory="$WORK" >/dev/null 2>&1 || mvn -B -q dependency:copy \
  -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz -DoutputDirectory="$WORK" >/dev/null
BARE_TGZ="$WORK/apache-karaf-$KARAF_VERSION.tar.gz"

boot_bare() { # prints ms until the SSH port accepts connections
  local dir="$WORK/bare-$1" port
  mkdir -p "$dir" && tar -xzf "$BARE_TGZ" -C "$dir" --strip-components=1
  port=$(free_port)
  sed -i "s/^sshPort *=.*/sshPort = $port/; s/^sshHost *=.*/sshHost = 127.0.0.1/" "$dir/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
    "$dir/etc/org.apache.karaf.management.cfg"
  local t0; t0=$(now_ms)
  (cd "$dir" && exec bin/karaf server >/dev/null 2>&1) & PIDS+=($!)
  until (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do sleep 0.05; done
  echo $(( $(now_ms) - t0 ))
  kill "$(java_pid_of "$dir")" 2>/dev/null || true
  sleep 2
}

BOOT_DIR=""
HTTP_PORT=""
boot_jiuye() { # prints ms until GET /api/v1/health answers 200; leaves the node running in $BOOT_DIR
  local dir="$WORK/jiuye-$1"
  mkdir -p "$dir" && tar -xzf "$DIST" -C "$dir" --strip-components=1
  HTTP_PORT=$(free_port)
  sed -i "s/^port *=.*/port = $HTTP_PORT/" "$dir/etc/io.jiuye.rest.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$dir/etc/org.apache.karaf.shell.cfg"
  [ -f "$dir/etc/org.apache.karaf.management.cfg" ] && \
    sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
      "$dir/etc/org.apache.karaf.management.cfg"
  echo "bench = bench,_g_:admingroup" >> "$dir/etc/users.properties"
  echo "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh" >> "$dir/etc/users.properties"
  local t0; t0=$(now_ms)
  (cd "$dir" && exec bin/karaf server >/dev/null 2>&1) & PIDS+=($!)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/v1/health")" = 200 ]; do
    sleep 0.05
  done
  echo $(( $(now_ms) - t0 ))
  BOOT_DIR=$dir
}

restart_jiuye() { # stops the node in $1 and starts it again on its existing database; prints ms to health 200
  local dir=$1 pid
  pid=$(java_pid_of "$dir"); kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  local t0; t0=$(now_ms)
  (cd "$dir" && exec bin/karaf server >/dev/null 2>&1) & PIDS+=($!)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/v1/health")" = 200 ]; do
    sleep 0.05
  done
  echo $(( $(now_ms) - t0 ))
}

bare=(); jiuye=(); restart=(); install=(); rss=()
for i in $(seq 1 "$RUNS"); do
  bare+=("$(boot_bare "$i")")
  boot_jiuye "$i" > "$WORK/boot.ms"; jiuye+=("$(cat "$WORK/boot.ms")")
  dir="$WORK/jiuye-$i"
  sleep 3
  restart+=("$(restart_jiuye "$dir")")
  sleep 5 # let the node settle before reading its memory
  pid=$(java_pid_of "$dir")
  rss+=("$(( $(ps -o rss= -p "$pid") / 1024 ))")
  client() { echo "$1" | timeout 60 "$dir/bin/client" -u bench -p bench -b >/dev/null 2>&1; }
  client "echo warm-up" || true
  t0=$(now_ms); client "echo noop"; noop=$(( $(now_ms) - t0 ))
  t0=$(now_ms); client "feature:install jiuye-plugin-example"; inst=$(( $(now_ms) - t0 ))
  install+=("$(( inst - noop ))")
  kill "$pid" 2>/dev/null || true
  sleep 2
done

echo
echo "runs: $RUNS (min / median / max)"
echo "bare Karaf $KARAF_VERSION: start → SSH port open:       $(printf '%s\n' "${bare[@]}" | stats)"
echo "Jiuye first start (creates the database, the operator): start → first GET /api/v1/health 200: $(printf '%s\n' "${jiuye[@]}" | stats)"
echo "Jiuye restart (existing database): start → first GET /api/v1/health 200: $(printf '%s\n' "${restart[@]}" | stats)"
echo "runtime feature:install jiuye-plugin-example (client round trip minus a no-op command): $(printf '%s\n' "${install[@]}" | stats)"
echo "resident memory 5 s after a restart (MB):                 $(printf '%s\n' "${rss[@]}" | sort -n | tr '\n' ' ')"

#!/usr/bin/env bash
# List benchmark (issue "Platform 0.2", section 3): loads GRADUATES graduate records and ITEMS review items into one
# school of a fresh node, then measures with wrk (16 connections) in one run:
#   - the bare floor (BareFloor.java: JDK HTTP server + plain JDBC on the same Derby database, node stopped):
#     first page, naive filtered page (WHERE ... OFFSET 0), naive deep page (OFFSET 499,950)
#   - the node: GET /health, GET /me, graduates first page, filtered page (college + source state), the 10,000th
#     page (cursor found by walking the list), the school admin's review queue first and 10,000th page
#   - the node's resident memory (RSS) during and after the load
#
#   distribution/bench/list-bench.sh [GRADUATES] [ITEMS] [DURATION]     (defaults 500000 500000 10s)
#
# Needs the built distribution (mvn -B -ntp -o verify -DskipTests), curl, python3 and wrk (installed with apt-get
# when missing and running as root). Data goes straight into Derby with JDBC batches while the node is stopped
# (BenchData.java, ~2-4 minutes for 500,000 + 500,000 rows); nothing else of the node is touched. Everything runs on
# 127.0.0.1 on free ports and is stopped at the end; the work directory is removed unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BENCH="$ROOT/distribution/bench"
GRADUATES=${1:-500000}
ITEMS=${2:-500000}
DURATION=${3:-10s}
CONNECTIONS=16
LIMIT=50

DIST=$(ls "$ROOT"/distribution/target/jiuye-distribution-*.tar.gz 2>/dev/null | head -n1 || true)
[ -n "$DIST" ] || { echo "build the distribution first: mvn -B -ntp -o verify -DskipTests" >&2; exit 2; }
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    echo "wrk is missing: sudo apt-get install wrk" >&2; exit 2
  fi
fi

WORK=$(mktemp -d /tmp/jiuye-list-bench.XXXXXX)
NODE="$WORK/node"
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  local jp; jp=$(java_pid 2>/dev/null || true); [ -n "$jp" ] && kill "$jp" 2>/dev/null || true
  for _ in $(seq 1 40); do [ -n "$jp" ] && kill -0 "$jp" 2>/dev/null && sleep 0.5; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true; done
  [ "${KEEP:-0}" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
java_pid() { pgrep -f "karaf.base=$NODE" | head -n1; }
rss_mib() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

mkdir -p "$NODE" && tar -xzf "$DIST" -C "$NODE" --strip-components=1
HTTP_PORT=$(free_port)
API="http://127.0.0.1:$HTTP_PORT/api/v1"
sed -i "s/^port *=.*/port = $HTTP_PORT/" "$NODE/etc/io.jiuye.rest.cfg"
sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$NODE/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
  "$NODE/etc/org.apache.karaf.management.cfg"
sed -i "s/^demoData *=.*/demoData = true/" "$NODE/etc/io.jiuye.setup.cfg"
grep -q '^demoData' "$NODE/etc/io.jiuye.setup.cfg" || echo "demoData = true" >> "$NODE/etc/io.jiuye.setup.cfg"

start_node() {
  (cd "$NODE" && exec bin/karaf server >/dev/null 2>&1) & PIDS+=($!)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$API/health")" = 200 ]; do sleep 0.2; done
}
stop_node() {
  local pid; pid=$(java_pid); kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
login() {
  curl -sf -X POST -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" \
    "$API/sessions" | json 'd["token"]'
}

echo "# Jiuye list benchmark — $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n1)"
echo "data: $GRADUATES graduates, $ITEMS review items in one school; wrk $CONNECTIONS connections, $DURATION per line"
echo "node JVM options: $(set +u; . "$NODE/bin/setenv"; echo "$EXTRA_JAVA_OPTS MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX")"

# 1. first start with the demo school; one real review item (an employer's qualification review) to copy
start_node
CRED="$NODE/jiuye-data/initial-credentials.txt"
until [ -s "$CRED" ] && grep -q STUDENT "$CRED"; do sleep 0.2; done
ADMIN_PASSWORD=$(awk -F'\t' '$2 == "school.admin" {print $3}' "$CRED")
TOKEN=$(login school.admin "$ADMIN_PASSWORD")
SCHOOL=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/me" | json 'd["schoolId"]')
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' "$API/employers" -d "{\"name\":\"基准测试科技有限公司\",
  \"creditCode\":\"91420100MA4KX1234B\",\"nature\":\"OTHER_ENTERPRISE\",\"industry\":\"INFORMATION_TECHNOLOGY\",
  \"location\":\"湖北省武汉市洪山区\",\"address\":\"武汉市洪山区珞喻路1037号\",\"postcode\":\"430074\",
  \"contactPerson\":\"王经理\",\"phone\":\"027-87541234\",\"email\":\"hr@bench.example\",
  \"archive\":{\"receives\":false},\"hukou\":{\"type\":\"NOT_RECEIVING\"},\"homeSchoolId\":\"$SCHOOL\",
  \"username\":\"bench-employer\",\"password\":\"Bench2026pass\"}"
stop_node

# 2. load the rows straight into Derby
DERBY_CP=$(ls "$NODE"/system/org/apache/derby/{derby,derbyshared,derbytools}/*/*.jar | tr '\n' ':')
t0=$(date +%s)
# no fsync while loading (a crash during the load means loading again) and a page cache that holds the indexes
java -Xmx1g -Dderby.system.durability=test -Dderby.storage.pageCacheSize=40000 \
  -Dderby.stream.error.file="$WORK/derby-load.log" -cp "$DERBY_CP" "$BENCH/BenchData.java" \
  "$NODE/jiuye-data/derby" 10611 "$GRADUATES" "$ITEMS"
echo "load: $(( $(date +%s) - t0 )) s"
SCHOOL_KEY=$(cd "$WORK" && cat > SchoolKey.java <<EOF
public class SchoolKey { public static void main(String[] a) throws Exception {
  try (var c = java.sql.DriverManager.getConnection("jdbc:derby:$NODE/jiuye-data/derby");
       var rs = c.createStatement().executeQuery("SELECT s.id, c.id, c.public_id, h.graduation_year FROM school s"
           + " JOIN college c ON c.school_id = s.id JOIN cohort h ON h.school_id = s.id AND h.is_current = TRUE"
           + " WHERE s.code = '10611' ORDER BY c.id FETCH FIRST 1 ROWS ONLY")) {
    rs.next(); System.out.println(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getInt(4)); }
  try { java.sql.DriverManager.getConnection("jdbc:derby:;shutdown=true"); } catch (java.sql.SQLException e) { } } }
EOF
java -Dderby.stream.error.file="$WORK/derby-key.log" -cp "$DERBY_CP" SchoolKey.java)
read -r SCHOOL_PK COLLEGE_PK COLLEGE YEAR <<<"$SCHOOL_KEY"

run_wrk() { # label url [token]; prints "label  req/s  p50  p99"
  local label=$1 url=$2 auth=() out
  [ $# -ge 3 ] && auth=(-H "Authorization: Bearer $3")
  curl -sf -o /dev/null "${auth[@]}" "$url" || { echo "$label: $url does not answer 200" >&2; return 1; }
  out=$(wrk -t2 -c$CONNECTIONS -d"$DURATION" --latency "${auth[@]}" "$url")
  printf '%-46s %9s req/s   p50 %8s   p99 %8s\n' "$label" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}

# 3. the bare floor on the same database, node stopped
FLOOR_PORT=$(free_port)
java -Xmx256m -Dderby.stream.error.file="$WORK/derby-floor.log" -cp "$DERBY_CP" "$BENCH/BareFloor.java" \
  "$NODE/jiuye-data/derby" "$SCHOOL_PK" "$FLOOR_PORT" >/dev/null & PIDS+=($!)
FLOOR_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$FLOOR_PORT/first"; do sleep 0.2; done
# the 10,000th page, or the last full page of a smaller data set
DEEP_OFFSET=$(( (10000 - 1) * LIMIT ))
[ $(( GRADUATES - LIMIT )) -lt $DEEP_OFFSET ] && DEEP_OFFSET=$(( GRADUATES - LIMIT ))
QUEUE_OFFSET=$(( (10000 - 1) * LIMIT ))
[ $(( ITEMS * 4 / 5 - LIMIT )) -lt $QUEUE_OFFSET ] && QUEUE_OFFSET=$(( ITEMS * 4 / 5 - LIMIT ))
echo
echo "uptime before the floor: $(uptime | sed 's/.*load/load/')"
run_wrk "floor: first page" "http://127.0.0.1:$FLOOR_PORT/first"
run_wrk "floor: naive filtered page (college, state)" \
  "http://127.0.0.1:$FLOOR_PORT/filtered?college=$COLLEGE_PK&state=IN_REVIEW"
run_wrk "floor: naive page after row $DEEP_OFFSET (OFFSET)" "http://127.0.0.1:$FLOOR_PORT/deep?offset=$DEEP_OFFSET"
kill "$FLOOR_PID"; wait "$FLOOR_PID" 2>/dev/null || true

# 4. the node
start_node
TOKEN=$(login school.admin "$ADMIN_PASSWORD")
walk() { # url rows: follows nextCursor with the largest page until the row before page 10,000; prints that cursor
  python3 - "$1" "$TOKEN" "$2" <<'EOF'
import http.client, json, sys, urllib.parse
url, token, skip = sys.argv[1], sys.argv[2], int(sys.argv[3])
u = urllib.parse.urlsplit(url)
conn = http.client.HTTPConnection(u.hostname, u.port)
cursor, seen = None, 0
while seen < skip:
    limit = min(200, skip - seen)
    q = u.query + "&limit=%d" % limit + ("&cursor=" + cursor if cursor else "")
    conn.request("GET", u.path + "?" + q, headers={"Authorization": "Bearer " + token})
    page = json.loads(conn.getresponse().read())
    seen += len(page["items"])
    cursor = page.get("nextCursor")
    if not cursor:
        sys.exit("the list ended after %d rows" % seen)
print(cursor)
EOF
}
GRAD="$API/schools/$SCHOOL/graduates?graduationYear=$YEAR"
t0=$(date +%s%3N); GRAD_CURSOR=$(walk "$GRAD" "$DEEP_OFFSET"); walk_ms=$(( $(date +%s%3N) - t0 ))
QUEUE_CURSOR=$(walk "$API/review-items?filter=waiting" "$QUEUE_OFFSET")
JPID=$(java_pid)
( peak=0; while kill -0 "$JPID" 2>/dev/null; do r=$(rss_mib "$JPID" 2>/dev/null || echo 0)
  [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$WORK/rss-peak"; sleep 0.5; done ) & PIDS+=($!)
echo
echo "node: walking $DEEP_OFFSET graduates by cursor (pages of 200) took $walk_ms ms"
echo "uptime before the node: $(uptime | sed 's/.*load/load/')"
run_wrk "node: GET /health" "$API/health"
run_wrk "node: GET /me" "$API/me" "$TOKEN"
run_wrk "node: graduates first page" "$GRAD&limit=$LIMIT" "$TOKEN"
run_wrk "node: graduates filtered (college, state)" "$GRAD&limit=$LIMIT&collegeId=$COLLEGE&sourceState=IN_REVIEW" "$TOKEN"
run_wrk "node: graduates page after row $DEEP_OFFSET (cursor)" "$GRAD&limit=$LIMIT&cursor=$GRAD_CURSOR" "$TOKEN"
run_wrk "node: review queue first page" "$API/review-items?filter=waiting&limit=$LIMIT" "$TOKEN"
run_wrk "node: review queue page after row $QUEUE_OFFSET (cursor)" \
  "$API/review-items?filter=waiting&limit=$LIMIT&cursor=$QUEUE_CURSOR" "$TOKEN"
echo "node resident memory (RSS): peak during the runs $(cat "$WORK/rss-peak") MiB, after them $(rss_mib "$JPID") MiB"
echo "uptime after the node: $(uptime | sed 's/.*load/load/')"

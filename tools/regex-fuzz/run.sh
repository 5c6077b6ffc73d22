#!/bin/bash
# Differential fuzz of teavm-classlib's java.util.regex engine, with Cortado's regex patches merged
# in, against the JVM's, run on the JVM (no Node): random patterns x fixed inputs, comparing
# matches(), every find() and group bounds. Usage: tools/regex-fuzz/run.sh <seed> <count> [all]
# ("all" also prints patterns that differ only in group bounds). Build runtime-java first.
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
m2=~/.m2/repository
asm=$m2/org/ow2/asm/asm/9.7/asm-9.7.jar:$m2/org/ow2/asm/asm-tree/9.7/asm-tree-9.7.jar:$m2/org/ow2/asm/asm-commons/9.7/asm-commons-9.7.jar
classlib=$m2/org/teavm/teavm-classlib/0.16.0/teavm-classlib-0.16.0.jar:$m2/org/teavm/teavm-interop/0.16.0/teavm-interop-0.16.0.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/tool" -cp "$asm" "$here/PatchMerge.java"
java -cp "$asm:$work/tool" PatchMerge "$repo/runtime-java/target/classes" org/cortado/patch/java/util/regex \
  "$m2/org/teavm/teavm-classlib/0.16.0/teavm-classlib-0.16.0.jar" "$work/merged" 2>/dev/null
javac -d "$work/fuzz" -cp "$classlib" "$here/Fuzz.java"
java -cp "$work/merged:$work/fuzz:$classlib" Fuzz "$@"

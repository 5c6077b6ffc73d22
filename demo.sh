#!/usr/bin/env bash
# Builds Cortado and the demo web app, then serves the demo on http://127.0.0.1:${PORT:-8080}/
# until Ctrl-C. Needs only JDK 17 and Maven (no Node, no browser): one reactor build, in which
# demo-webapp uses the cortado-maven-plugin built just before it (nothing is installed into
# ~/.m2/repository besides the third-party artifacts Maven downloads).
#
#   ./demo.sh                 serve on 127.0.0.1:8080
#   PORT=9000 ./demo.sh       another port (0 picks a free one; the URL is printed either way)
#   SECONDS_TO_SERVE=60 ./demo.sh   stop after 60 s
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
exec mvn -B -ntp -DskipTests -Pdemo package \
  -Dcortado.serve.port="${PORT:-8080}" -Dcortado.serve.seconds="${SECONDS_TO_SERVE:-0}"

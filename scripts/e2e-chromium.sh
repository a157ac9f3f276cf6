#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests (playwright's own browser download is
# unreachable here). Installs it with apt when missing and we are root; otherwise says what to run.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core) >/dev/null
  exit 0
fi
echo "e2e: /usr/bin/chromium is missing; install it with: sudo apt-get install -y --no-install-recommends chromium" >&2
exit 1

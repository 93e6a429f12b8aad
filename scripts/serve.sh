#!/usr/bin/env bash
# Builds the release page and serves dist/ on http://localhost:${PORT:-8080}/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
scripts/setup.sh
trunk build --release
# exec: Ctrl-C (or a kill of this script's pid) stops the server itself.
exec node scripts/static-server.mjs dist "${PORT:-8080}" /

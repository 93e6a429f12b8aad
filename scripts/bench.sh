#!/usr/bin/env bash
# Size budget, Lighthouse scores and filter redraw time of the release build.
# BENCH_SKIP_LIGHTHOUSE=1 skips the Lighthouse part.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
scripts/setup.sh
trunk build --release
node scripts/bench.mjs

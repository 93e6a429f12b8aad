#!/usr/bin/env bash
# Size budget, where the WebAssembly's bytes go, Lighthouse scores and filter redraw time of the release build, then the
# redraw time again on a generated story of 10,000 claims (built apart, in target/bench).
# BENCH_SKIP_LIGHTHOUSE=1 skips the Lighthouse part.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
scripts/setup.sh
trunk build --release
node scripts/bench.mjs
scripts/anatomy.sh

echo
echo "== The same app over a generated story of 10,000 claims"
cargo run --release -p claimline-core --features load --example generate_story -- 10000 target/bench/story-10000.json
CLAIMLINE_STORY=target/bench/story-10000.json trunk build --release --dist target/bench/dist-10000 >/dev/null
BENCH_ONLY_REDRAW=1 node scripts/bench.mjs target/bench/dist-10000

echo
echo "== The Timeline view: bundled story, 1,000 and 10,000 claims, and vis-timeline on the same claims"
if [[ ! -f target/bench/story-1000.json ]]; then
  cargo run --release -p claimline-core --features load --example generate_story -- 1000 target/bench/story-1000.json
fi
# Rebuilt every time, as the 10,000-claim build is: an old build would time old code.
CLAIMLINE_STORY=target/bench/story-1000.json trunk build --release --dist target/bench/dist-1000 >/dev/null
node scripts/bench-timeline.mjs

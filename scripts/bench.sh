#!/usr/bin/env bash
# Size budget, where the WebAssembly's bytes go, Lighthouse scores and filter redraw time of the release build; then
# generated stories of 1,000 and 10,000 claims published beside the same build (target/bench): the time and peak
# memory of `claimline site`, their data files' bytes, and the redraw times again.
# BENCH_SKIP_LIGHTHOUSE=1 skips the Lighthouse part.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
scripts/setup.sh
trunk build --release
node scripts/bench.mjs
scripts/anatomy.sh

echo
echo "== Publishing generated stories of 1,000 and 10,000 claims with claimline site"
cargo build --quiet --release -p claimline-cli
for n in 1000 10000; do
  cargo run --quiet --release -p claimline-core --features load --example generate_story -- "$n" "target/bench/story-$n.json"
  # Published afresh every time: an old folder would time old code.
  rm -rf "target/bench/dist-$n"
  /usr/bin/time -f "claimline site, $n claims: %e s wall, %M KB peak memory" \
    target/release/claimline site "target/bench/story-$n.json" --app dist --out "target/bench/dist-$n" >/dev/null
  node scripts/sizes.mjs "target/bench/dist-$n" | grep -E 'data/|first load:' || true
done

echo
echo "== The same app over a generated story of 10,000 claims"
BENCH_ONLY_REDRAW=1 node scripts/bench.mjs target/bench/dist-10000

echo
echo "== The Timeline view: bundled story, 1,000 and 10,000 claims, and vis-timeline on the same claims"
node scripts/bench-timeline.mjs

#!/usr/bin/env bash
# Where the WebAssembly's bytes go: the release build, passed through wasm-bindgen and
# wasm-opt -Oz as Trunk does but keeping names, then weighed by twiggy and summed by
# crate and by the app's own modules (scripts/anatomy.mjs). Installs twiggy if missing.
#   scripts/anatomy.sh [out-dir]     (default target/anatomy)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
out="${1:-target/anatomy}"
if ! command -v twiggy >/dev/null; then
  echo "installing: twiggy"
  cargo install twiggy --locked
fi
cargo build --quiet --release --target wasm32-unknown-unknown -p claimline --bin claimline-app
mkdir -p "$out/shipped"
wasm=target/wasm32-unknown-unknown/release/claimline-app.wasm
# As shipped, for the total; then again keeping names, for the breakdown.
wasm-bindgen --target web --out-dir "$out/shipped" "$wasm"
wasm-opt -Oz "$out/shipped/claimline-app_bg.wasm" -o "$out/shipped/claimline-app_bg.wasm"
echo "shipped wasm: $(wc -c < "$out/shipped/claimline-app_bg.wasm") bytes raw, $(gzip -9c "$out/shipped/claimline-app_bg.wasm" | wc -c) gzip;" \
  "js glue: $(wc -c < "$out/shipped/claimline-app.js") raw, $(gzip -9c "$out/shipped/claimline-app.js" | wc -c) gzip"
wasm-bindgen --keep-debug --target web --out-dir "$out" "$wasm"
wasm-opt -Oz --debuginfo "$out/claimline-app_bg.wasm" -o "$out/named.wasm"
twiggy top --format json -n 1000000 "$out/named.wasm" > "$out/top.json"
node scripts/anatomy.mjs "$out/top.json"

#!/usr/bin/env bash
# All checks, in order, stopping at the first failure: format, lints, unit tests,
# release build, then end-to-end tests in Debian's Chromium against the built dist/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

# The last line says whether everything passed, or which step failed.
current="scripts/setup.sh"
trap 'rc=$?; [ "$rc" -eq 0 ] || { echo; echo "TESTS FAILED (exit $rc) at: $current"; }' EXIT
step() { current="$*"; echo; echo "==> $*"; "$@"; }

step scripts/setup.sh
step cargo fmt --all --check
step cargo clippy --workspace --all-targets -- -D warnings
# The app as it ships: the browser-only code, which the native targets above skip.
step cargo clippy --target wasm32-unknown-unknown -p claimline -- -D warnings
step cargo test --workspace
# The project's own tools: the size gate passes and fails as it should.
step node --test tests/tools/
step trunk build --release
# Bytes are deterministic: a first load over the budget fails the tests.
step node scripts/sizes.mjs dist
step npm run e2e
step npm run smoke

echo
echo "ALL TESTS PASSED: fmt, clippy, cargo test, trunk build, e2e, smoke"

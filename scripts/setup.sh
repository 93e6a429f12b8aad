#!/usr/bin/env bash
# Installs the build and test tools, each only when missing. Safe to run again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132

# Root runs apt directly; otherwise use sudo when it exists.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo env DEBIAN_FRONTEND=noninteractive "$@"
  else echo "error: need root for: $*" >&2; return 1; fi
}

# WebAssembly target for rustc.
if rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  echo "ok: rust target wasm32-unknown-unknown"
else
  echo "installing: rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Trunk: 0.22 needs a newer rustc than ours, so pin 0.21.14.
if trunk --version 2>/dev/null | grep " $TRUNK_VERSION\$" >/dev/null; then
  echo "ok: trunk $TRUNK_VERSION"
else
  echo "installing: trunk $TRUNK_VERSION"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
# No --locked: its own lock file pins a dependency the registry no longer serves.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
if [ -z "$WB_VERSION" ]; then
  echo "error: no wasm-bindgen package in Cargo.lock" >&2; exit 1
fi
if wasm-bindgen --version 2>/dev/null | grep " $WB_VERSION\$" >/dev/null; then
  echo "ok: wasm-bindgen-cli $WB_VERSION"
else
  echo "installing: wasm-bindgen-cli $WB_VERSION"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# npm packages (binaryen's wasm-opt, terser, playwright-core, puppeteer-core, axe-core, lighthouse).
# npm writes node_modules/.package-lock.json; reinstall when the lock file is newer.
if [ -d node_modules ] && [ -f node_modules/.package-lock.json ] &&
   { [ ! -f package-lock.json ] || [ ! package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "ok: npm packages"
else
  echo "installing: npm packages"
  # npm ci refuses a lock file it considers out of date (e.g. a dependency on a
  # moving dist-tag like "latest"); npm install then updates the lock instead.
  if [ ! -f package-lock.json ] || ! npm ci --no-audit --no-fund; then
    [ -f package-lock.json ] && echo "warning: npm ci failed, falling back to npm install" >&2
    npm install --no-audit --no-fund
  fi
fi
if wasm-opt --version 2>/dev/null | grep "version $WASM_OPT_VERSION\b" >/dev/null; then
  echo "ok: wasm-opt $WASM_OPT_VERSION"
else
  echo "error: wasm-opt $WASM_OPT_VERSION not found in node_modules/.bin" >&2; exit 1
fi

# Debian packages: the package lists are refreshed once, before the first install.
apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get -o DPkg::Lock::Timeout=600 update
    apt_updated=1
  fi
  as_root apt-get -o DPkg::Lock::Timeout=600 install -y "$@"
}

# Debian's Chromium and chromedriver for the browser tests and audits.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "ok: chromium and chromedriver"
else
  echo "installing: chromium and chromedriver"
  apt_install chromium chromium-driver
fi

# The smoke suite's other engines: Firefox ESR, and WebKit (WebKitGTK's WebDriver and
# MiniBrowser), which needs an X server: Xvfb.
missing=()
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
{ [ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ]; } ||
  missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
if [ "${#missing[@]}" -eq 0 ]; then
  echo "ok: firefox-esr, webkit2gtk-driver and xvfb"
else
  echo "installing: ${missing[*]}"
  apt_install "${missing[@]}"
fi

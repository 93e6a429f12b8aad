# Shared environment for the scripts; source it, don't run it.
# Puts cargo-installed tools (trunk, wasm-bindgen) and npm tools (wasm-opt from
# binaryen) on PATH: Trunk uses a tool from PATH only when its version matches Trunk.toml.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
case ":$PATH:" in
  *":$REPO_ROOT/node_modules/.bin:"*) ;;
  *) PATH="$REPO_ROOT/node_modules/.bin:$PATH" ;;
esac
case ":$PATH:" in
  *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;;
  *) PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;;
esac
export PATH
# Never prompt (CI, no stdin).
export DEBIAN_FRONTEND=noninteractive

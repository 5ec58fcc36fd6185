#!/usr/bin/env bash
# Installs what the demo or the tests need on a fresh Debian machine:
#   scripts/setup.sh demo   what `make demo` builds with: the wasm target, wasm-pack,
#                           wasm-bindgen-cli, the build tools from npm (npm ci), brotli, make;
#   scripts/setup.sh test   (the default) all of that, and what the tests run in: Chromium and
#                           ChromeDriver, Firefox ESR and geckodriver, WebKitGTK's driver, Xvfb,
#                           the npm apps of tests/ and the FHIR checker's Python venv.
# Idempotent: each step checks first, so a second run takes a second or two.
# Only package registries are used (crates.io, npm, Debian): nothing downloads a binary from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-test}
case "$mode" in
  demo | test) ;;
  *) echo "usage: scripts/setup.sh [demo|test]" >&2; exit 2 ;;
esac

WASM_PACK_VERSION=0.15.1
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml (checked below).
WASM_BINDGEN_VERSION=0.2.130
# geckodriver (WebDriver for Firefox ESR: wasm-pack test --firefox and tests/engines).
GECKODRIVER_VERSION=0.37.1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

pinned=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
if [ "$pinned" != "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: Cargo.toml pins wasm-bindgen $pinned but setup.sh installs $WASM_BINDGEN_VERSION" >&2
  exit 1
fi

export PATH="$HOME/.cargo/bin:$PATH"

# 1. Debian packages: brotli for size reports (the build prints them), and for the tests
#    Chromium + ChromeDriver, Firefox ESR, WebKitGTK's WebDriver (which runs WebKitGTK's
#    MiniBrowser), Xvfb (its display) and xauth, which xvfb-run needs but xvfb only recommends
#    (a fresh machine showed it). Never Debian's binaryen: wasm-pack would pick its old wasm-opt
#    from PATH and fail.
need_apt=()
command -v brotli >/dev/null || need_apt+=(brotli)
command -v make >/dev/null || need_apt+=(make)
if [ "$mode" = test ]; then
  command -v chromium >/dev/null || need_apt+=(chromium)
  command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
  command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || need_apt+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || need_apt+=(xvfb)
  command -v xauth >/dev/null || need_apt+=(xauth)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# 2. Rust: the wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 3. Pinned wasm-pack and wasm-bindgen-cli (the CLI must match the crate exactly).
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  say "cargo install wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --locked --version "=$WASM_PACK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # No --locked: the registry lacks a crate version its lockfile names (see shared toolchain recipe).
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# 4. npm packages from the committed lockfile (binaryen's wasm-opt, esbuild and terser for the
#    build; playwright-core, axe-core and ajv for the tests).
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-lock; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.setup-lock
fi

if [ "$mode" = demo ]; then
  say "demo tools ready"
  exit 0
fi

# The rest is for the tests only.

# 4b. Pinned geckodriver, built from crates.io (Mozilla's release binaries are not a registry).
# (Its --version prints a licence paragraph too: read it whole, a closed pipe makes it panic.)
gecko_version=$(geckodriver --version 2>/dev/null || true)
if [ "${gecko_version%%$'\n'*}" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "cargo install geckodriver $GECKODRIVER_VERSION"
  cargo install geckodriver --locked --version "=$GECKODRIVER_VERSION"
fi
# 5. The apps that test the packed npm package, each from its own lockfile: the Vite +
#    TypeScript app (tests/e2e/npm-app.test.mjs) and one per framework recipe of
#    docs/frameworks.md (tests/e2e/frameworks.test.mjs).
export NG_CLI_ANALYTICS=false
for app in tests/npm-app tests/frameworks/*/; do
  app=${app%/}
  if [ ! -f $app/node_modules/.package-lock.json ] || ! cmp -s $app/package-lock.json $app/node_modules/.setup-lock; then
    say "npm ci ($app)"
    (cd $app && npm ci --no-audit --no-fund --loglevel=error)
    cp $app/package-lock.json $app/node_modules/.setup-lock
  fi
done
# 6. fhir.resources (PyPI, pinned in scripts/fhir-requirements.txt) in target/fhir-venv: the
#    independent FHIR R5 implementation `make test-fhir` checks exported bundles with.
venv=target/fhir-venv
if ! cmp -s scripts/fhir-requirements.txt $venv/.setup-requirements 2>/dev/null; then
  if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then
    say "apt-get install python3-venv"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
  fi
  say "pip install fhir.resources ($venv)"
  rm -rf $venv
  python3 -m venv $venv
  $venv/bin/pip install --quiet --disable-pip-version-check -r scripts/fhir-requirements.txt
  cp scripts/fhir-requirements.txt $venv/.setup-requirements
fi
say "demo and test tools ready"

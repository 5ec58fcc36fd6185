#!/usr/bin/env bash
# The crate as `cargo publish` would upload it: `cargo package` builds it from the packed files
# alone (so nothing it needs is missing), and its file list holds what a crate user needs and
# nothing else (no tests, fixtures, demo site, JavaScript build, node_modules). Prints the list
# and the packed size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# --allow-dirty: this checks the package's contents and build, not whether the work is committed.
files=$(cargo package --allow-dirty --list -p medcard 2>/dev/null)
bad=$(grep -P '^(?:(?:tests|examples|node_modules|dist|pkg|scripts|bench|docs|src/web/js|src/web/npm)/|www/(?!examples/gabapentin\.json$))' <<<"$files" || true)
[ -z "$bad" ] || { echo "check-crate-package: the crate would ship files users do not need:"; echo "$bad"; exit 1; } >&2
for needed in Cargo.toml build.rs build/minify_css.rs src/lib.rs src/style.css src/bin/medcard/main.rs README.md; do
  grep -qx "$needed" <<<"$files" || { echo "check-crate-package: the crate lacks $needed" >&2; exit 1; }
done
cargo package --allow-dirty --quiet -p medcard
# An app with its own `yew` (the example app) builds one Yew: `cargo tree -i` fails when a
# package name is ambiguous, that is, when two versions are in the graph.
cargo tree --quiet -p medcard-yew-app --target wasm32-unknown-unknown -i yew >/dev/null ||
  { echo "check-crate-package: the example app's build has more than one Yew" >&2; exit 1; }
crate=$(ls target/package/medcard-*.crate)
echo "check-crate-package: $(wc -l <<<"$files") files, $(stat -c %s "$crate") bytes packed ($crate):"
sed 's/^/  /' <<<"$files"

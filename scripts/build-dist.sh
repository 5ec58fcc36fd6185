#!/usr/bin/env bash
# Release build of the site-owner folder dist/: opt-level z, LTO, one codegen unit (Cargo.toml),
# then npm binaryen's wasm-opt -Oz (flags measured in docs/performance.md, "Size history"). Prints each file's size raw and brotli.
#   MEDCARD_FEATURES=panic-probe MEDCARD_DIST=target/dist-probe scripts/build-dist.sh
# builds the same folder with a cargo feature elsewhere (the panic-containment test build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

features=${MEDCARD_FEATURES:-}
dist=${MEDCARD_DIST:-dist}
out=target/wasm-pack${features:+-$features}
# The checking wasm for authors (the playground, the npm `validate`): the same crate with the
# feature `authoring`. Not built for test-only feature builds (the panic probe needs the card only).
authoring=target/wasm-pack-authoring
# --converge repeats -Oz until nothing shrinks; --low-memory-unused is safe because Rust puts the
# stack first, so nothing lives below address 1024; the two custom sections are build metadata.
build_wasm() { # out-dir out-name cargo-args…
  local dir=$1 name=$2
  shift 2
  rm -rf "$dir" # wasm-pack leaves files of earlier builds (a snippets/ folder) in place
  wasm-pack --quiet build --release --target web --no-typescript --no-pack \
    --out-dir "$dir" --out-name "$name" -- "$@"
  node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features \
    "$dir/${name}_bg.wasm" -o "$dir/${name}_bg.opt.wasm"
  [ ! -d "$dir/snippets" ] || { echo "build-dist: the wasm imports a JS snippet; the bundles would miss it" >&2; exit 1; }
}
# The card's wasm has English only: the other languages' words are files of their own (below).
build_wasm "$out" medcard_wasm --no-default-features --features "widget${features:+,$features}"
# The authoring wasm carries no card: the core, the checks and `validate` (no Yew, no element).
[ -n "$features" ] || build_wasm "$authoring" medcard_authoring --no-default-features --features authoring

rm -rf "$dist"
mkdir -p "$dist"
cp "$out/medcard_wasm_bg.opt.wasm" "$dist/medcard_wasm_bg.wasm"
[ -n "$features" ] || cp "$authoring/medcard_authoring_bg.opt.wasm" "$dist/medcard_authoring_bg.wasm"
# --- Words files (issue 22): every language but English as dist/words/<lang>.json, written from
# the Rust tables (src/text/) by examples/words.rs; the element fetches one when a card needs it
# (src/web/js/words.js), and the runtime knows which exist (MEDCARD_WORD_FILES). medcard.js pins them.
cargo run --quiet --example words --no-default-features --features languages -- "$dist/words"
word_files=$(cd "$dist/words" && ls -- *.json | sed 's/\.json$//' | sort | sed 's/.*/"&"/' | paste -sd, -)
# --- end of words files

# One runtime module: the loader, the element's modules and the wasm-bindgen glue, bundled by
# npm esbuild (one request instead of a chain of imports) from a staging folder where the
# loader finds the glue beside it, then minified by npm terser (comments, whitespace, local
# names; nothing the page or the npm entry can see is renamed). The sources in src/web/js/ stay
# the readable ones. medcard.js, the script-tag entry, stays apart: it starts the wasm download
# before the runtime module arrives.
# The version (Cargo.toml's, as the npm package's) is baked into the runtime: two different
# copies on one page name both in their warning (src/web/js/element.js).
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
stage=target/js-stage${features:+-$features}
rm -rf "$stage"
mkdir -p "$stage"
cp src/web/js/*.js "$out/medcard_wasm.js" "$stage/"
# The placeholder's stylesheet, from src/style.css (scripts/placeholder-css.mjs).
node_modules/.bin/esbuild "$stage/loader.js" --bundle --format=esm --log-level=warning \
  --define:MEDCARD_VERSION="\"$version\"" --define:MEDCARD_PLACEHOLDER_CSS="$(node scripts/placeholder-css.mjs)" \
  --define:MEDCARD_WORD_FILES="[$word_files]" \
  --outfile="$dist/medcard-runtime.js"
# For browsers that cannot run the card: a plain message and the disclaimer (ES2017 syntax).
node_modules/.bin/esbuild "$stage/unsupported.js" --bundle --format=esm --target=es2017 --log-level=warning \
  --outfile="$dist/medcard-unsupported.js"
bundles=("$dist/medcard-runtime.js" "$dist/medcard-unsupported.js")
if [ -z "$features" ]; then
  # The authoring module: authoring.js and the checking wasm's glue.
  cp "$authoring/medcard_authoring.js" "$stage/"
  node_modules/.bin/esbuild "$stage/authoring.js" --bundle --format=esm --log-level=warning \
    --define:MEDCARD_VERSION="\"$version\"" --outfile="$dist/medcard-authoring.js"
  bundles+=("$dist/medcard-authoring.js")
fi
for js in "${bundles[@]}"; do
  node_modules/.bin/terser "$js" --module --compress --mangle --comments false --output "$js"
done
# The entry last: the hashes of the wasm and of the modules it loads, final now, are written into
# it, so the integrity on its script tag pins every byte the card runs (docs/security.md).
cp src/web/js/medcard.js "$dist/medcard.js"
node scripts/integrity.mjs --pin "$dist"
node_modules/.bin/terser "$dist/medcard.js" --module --compress --mangle --comments false --output "$dist/medcard.js"
grep -q 'importPinned\|"medcard-runtime.js"' "$dist/medcard.js" || { echo "build-dist: medcard.js lost its runtime import" >&2; exit 1; }
cp schema/medcard.schema.json "$dist/"
# Subresource Integrity hashes of the files above, for hosts that pin them (README, script tag).
node scripts/integrity.mjs "$dist"

echo "$dist/ (bytes)"
printf '%-58s %9s %9s\n' file raw brotli
total_raw=0 total_br=0
while IFS= read -r file; do
  raw=$(stat -c %s "$file")
  br=$(brotli -q 11 -c "$file" | wc -c)
  total_raw=$((total_raw + raw)) total_br=$((total_br + br))
  printf '%-58s %9d %9d\n' "$file" "$raw" "$br"
done < <(find "$dist" -type f | sort)
printf '%-58s %9d %9d\n' total "$total_raw" "$total_br"

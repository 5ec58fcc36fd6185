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
rm -rf "$out" # wasm-pack leaves files of earlier builds (a snippets/ folder) in place
wasm-pack --quiet build --release --target web --no-typescript --no-pack \
  --out-dir "$out" --out-name medcard_wasm ${features:+-- --features "$features"}
# --converge repeats -Oz until nothing shrinks; --low-memory-unused is safe because Rust puts the
# stack first, so nothing lives below address 1024; the two custom sections are build metadata.
node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features \
  "$out/medcard_wasm_bg.wasm" -o "$out/medcard_wasm_bg.opt.wasm"

rm -rf "$dist"
mkdir -p "$dist"
cp "$out/medcard_wasm_bg.opt.wasm" "$dist/medcard_wasm_bg.wasm"
# One runtime module: the loader, the element's modules and the wasm-bindgen glue, bundled by
# npm esbuild (one request instead of a chain of imports) from a staging folder where the
# loader finds the glue beside it, then minified by npm terser (comments, whitespace, local
# names; nothing the page or the npm entry can see is renamed). The sources in src/js/ stay
# the readable ones. medcard.js, the script-tag entry, stays apart: it starts the wasm download
# before the runtime module arrives.
stage=target/js-stage${features:+-$features}
rm -rf "$stage"
mkdir -p "$stage"
cp src/js/*.js "$out/medcard_wasm.js" "$stage/"
[ ! -d "$out/snippets" ] || { echo "build-dist: the wasm imports a JS snippet; the runtime bundle would miss it" >&2; exit 1; }
node_modules/.bin/esbuild "$stage/loader.js" --bundle --format=esm --log-level=warning \
  --outfile="$dist/medcard-runtime.js"
# For browsers that cannot run the card: a plain message and the disclaimer (ES2017 syntax).
node_modules/.bin/esbuild "$stage/unsupported.js" --bundle --format=esm --target=es2017 --log-level=warning \
  --outfile="$dist/medcard-unsupported.js"
cp src/js/medcard.js "$dist/medcard.js"
for js in "$dist/medcard.js" "$dist/medcard-runtime.js" "$dist/medcard-unsupported.js"; do
  node_modules/.bin/terser "$js" --module --compress --mangle --comments false --output "$js"
done
grep -q 'import("./medcard-runtime.js")' "$dist/medcard.js" || { echo "build-dist: medcard.js lost its runtime import" >&2; exit 1; }
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

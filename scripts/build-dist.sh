#!/usr/bin/env bash
# Release build of the site-owner folder dist/: opt-level z, LTO, one codegen unit (Cargo.toml),
# then npm binaryen's wasm-opt -Oz (flags measured in README "Performance"). Prints each file's size raw and brotli.
#   MEDCARD_FEATURES=panic-probe MEDCARD_DIST=target/dist-probe scripts/build-dist.sh
# builds the same folder with a cargo feature elsewhere (the panic-containment test build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

features=${MEDCARD_FEATURES:-}
dist=${MEDCARD_DIST:-dist}
out=target/wasm-pack${features:+-$features}
wasm-pack --quiet build --release --target web --no-typescript --no-pack \
  --out-dir "$out" --out-name medcard_wasm ${features:+-- --features "$features"}
# --converge repeats -Oz until nothing shrinks; --low-memory-unused is safe because Rust puts the
# stack first, so nothing lives below address 1024; the two custom sections are build metadata.
node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features \
  "$out/medcard_wasm_bg.wasm" -o "$out/medcard_wasm_bg.opt.wasm"

rm -rf "$dist"
mkdir -p "$dist"
cp "$out/medcard_wasm.js" "$dist/"
cp "$out/medcard_wasm_bg.opt.wasm" "$dist/medcard_wasm_bg.wasm"
cp -r "$out/snippets" "$dist/"
# The entry also imports element.js itself, beside the glue: otherwise the browser finds it only
# after parsing the glue, one more round trip before the element can be defined.
snippet=$(cd "$dist" && ls snippets/*/src/element.js)
[ "$(echo "$snippet" | wc -l)" = 1 ] || { echo "build-dist: expected one element.js snippet, found: $snippet" >&2; exit 1; }
sed "s#^  // element.js snippet import .*#  import(\"./$snippet\"),#" src/medcard.js > "$dist/medcard.js"
grep -q "^  import(\"./$snippet\"),$" "$dist/medcard.js" || { echo "build-dist: could not add the snippet import to medcard.js" >&2; exit 1; }
# Minified (comments, whitespace, local names; npm terser from the lockfile): the three modules
# were 14.7 kB brotli with their comments, 8.2 kB without (docs/performance.md). The sources in
# src/ stay the readable ones; nothing is renamed that another module or the page can see.
for js in "$dist/medcard.js" "$dist/medcard_wasm.js" "$dist/$snippet"; do
  node_modules/.bin/terser "$js" --module --compress --mangle --comments false --output "$js"
done
grep -q "import(\"./$snippet\")" "$dist/medcard.js" || { echo "build-dist: minifying lost the snippet import of medcard.js" >&2; exit 1; }
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

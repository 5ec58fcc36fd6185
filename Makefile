# medcard: every entry point (`make help` lists them). `make demo` and `make test` work on a fresh
# Debian machine: both run scripts/setup.sh first (`demo`: the build tools only; `test`: those
# and the browsers and test apps), which installs what is missing and is quick when nothing is.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)
# Debian's Chromium for wasm-bindgen-test (see webdriver.json) and Playwright.
export CHROMEDRIVER := /usr/bin/chromedriver
# Firefox ESR's driver, built by scripts/setup.sh (cargo install). Not exported: wasm-bindgen's
# test runner takes GECKODRIVER over CHROMEDRIVER whenever it is set.
GECKODRIVER := $(HOME)/.cargo/bin/geckodriver
PORT ?= 8000

.PHONY: help setup setup-demo dist probe package yew-app site demo screenshots test test-native test-fhir test-browser test-e2e test-engines test-firefox test-webkit test-chromium-webdriver test-size bench lint clean

## help: list the targets with what each does
help:
	@awk '/^## [a-z][a-z0-9-]*: / { if (name) printf "  %-25s %s\n", name, text; \
	    name = substr($$2, 1, length($$2) - 1); text = substr($$0, length($$2) + 5); next } \
	  /^## / && name { text = text " " substr($$0, 4); next } \
	  name { printf "  %-25s %s\n", name, text; name = "" }' $(firstword $(MAKEFILE_LIST))

## setup: install what is missing for the demo and every test (scripts/setup.sh test)
setup:
	@scripts/setup.sh test

## setup-demo: install what is missing to build and serve the demo (scripts/setup.sh demo)
setup-demo:
	@scripts/setup.sh demo

## dist: release build of the site-owner folder dist/ (prints sizes raw and brotli)
dist: setup-demo
	@scripts/build-dist.sh

## probe: dist/ built with the panic-probe feature (target/dist-probe), for the engines' panic test only
probe: setup-demo
	@MEDCARD_FEATURES=panic-probe MEDCARD_DIST=target/dist-probe scripts/build-dist.sh >/dev/null

## package: the npm package in pkg/ (dist/ + src/web/npm/), packed into target/medcard-VERSION.tgz
package: dist
	@node scripts/build-package.mjs
	@npm pack ./pkg --pack-destination target

## yew-app: the example Yew app (examples/yew-app) built for the demo, in target/yew-app/pkg
yew-app: setup-demo
	@wasm-pack --quiet build --release --target web --no-typescript --no-pack \
	  --out-dir ../../target/yew-app/pkg examples/yew-app

## site: the demo site (www/ with dist/, the inline sample data, the example app at /yew-app/) in target/site
site: dist yew-app
	@node scripts/build-site.mjs

## demo: build, then serve the demo on 127.0.0.1 (prints the URL)
demo: site
	@node scripts/serve.mjs target/site --port $(PORT)

## screenshots: demo page and gallery at 320/768/1280 px, light/dark/print, in target/screenshots/
screenshots: setup site
	@node scripts/screenshots.mjs

## test: every test layer, in Chromium, Firefox ESR and WebKitGTK
test: setup
	@$(MAKE) --no-print-directory test-native test-fhir test-browser test-e2e test-engines test-size

## lint: cargo fmt --check, clippy with warnings denied (native, wasm32 as dist/ builds its two wasm files, the
## example app), cargo doc on both targets
lint:
	cargo fmt --all --check
	cargo clippy --no-deps --all-targets --features cli,testing -- -D warnings
	cargo clippy --no-deps --target wasm32-unknown-unknown --all-targets --features testing,authoring -- -D warnings
	cargo clippy --no-deps --target wasm32-unknown-unknown --lib --no-default-features --features widget -- -D warnings
	cargo clippy --no-deps --target wasm32-unknown-unknown --lib --no-default-features --features authoring -- -D warnings
	cargo clippy --no-deps --target wasm32-unknown-unknown --all-targets -p medcard-yew-app -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --features cli,testing
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --target wasm32-unknown-unknown --features testing,ssr,schema,authoring

## test-native: format, lints and docs on both targets, model/validation/server-rendered HTML/CLI
## tests and doctests, and the crate's package (what `cargo publish` would upload)
test-native: lint
	cargo test --features cli
	scripts/check-crate-package.sh

## test-fhir: every sample card exported as a FHIR R5 Bundle and checked by fhir.resources (PyPI,
## in target/fhir-venv), with the HL7 example bundle in tests/fixtures/fhir
test-fhir: setup
	@mkdir -p target/fhir
	@for card in www/examples/*.json tests/fixtures/fhir/every-carried-field.json; do \
	  cargo run --quiet --features cli -- export --fhir -o target/fhir/$$(basename $$card .json).bundle.json $$card; \
	done
	target/fhir-venv/bin/python tests/fhir/check_bundles.py target/fhir/*.bundle.json tests/fixtures/fhir/*.bundle.json

## test-browser: the MedCard component and the example Yew app, in headless Chromium (wasm-bindgen-test)
test-browser:
	wasm-pack test --headless --chrome
	wasm-pack test --headless --chrome examples/yew-app

## test-e2e: what needs Chromium's DevTools protocol (emulated media, request events, memory), the
## npm package and the framework apps of tests/frameworks (docs/frameworks.md), in headless
## Chromium (Playwright + node:test)
test-e2e: setup site package
	node --test tests/e2e/

## test-engines: the element's behaviours (tests/engines, WebDriver) in Firefox ESR, WebKitGTK and
## Chromium, and the MedCard tests (wasm-bindgen-test) in Firefox and WebKit
test-engines: test-firefox test-webkit test-chromium-webdriver

## test-firefox: the MedCard component (wasm-bindgen-test) and the element's behaviours
## (tests/engines, WebDriver) in headless Firefox ESR; prints how long it took
test-firefox: setup site probe
	@start=$$(date +%s); \
	GECKODRIVER=$(GECKODRIVER) wasm-pack test --headless --firefox --geckodriver $(GECKODRIVER); \
	node --test tests/engines/firefox.test.mjs; \
	echo "test-firefox: $$(( $$(date +%s) - start )) s"

## test-webkit: the MedCard component (wasm-bindgen-test) and the element's behaviours in
## WebKitGTK's MiniBrowser (WebKitWebDriver, under an Xvfb display); prints how long it took
test-webkit: setup site probe
	@start=$$(date +%s); \
	xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
	  wasm-pack test --headless --safari --safaridriver /usr/bin/WebKitWebDriver; \
	xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
	  node --test tests/engines/webkit.test.mjs; \
	echo "test-webkit: $$(( $$(date +%s) - start )) s"

## test-chromium-webdriver: the element's behaviours (tests/engines) in Chromium through
## chromedriver; prints its time
test-chromium-webdriver: setup site probe
	@start=$$(date +%s); \
	node --test tests/engines/chromium.test.mjs; \
	echo "test-chromium-webdriver: $$(( $$(date +%s) - start )) s"

## bench: medcard against the vanilla-JS reference card (bench/) in headless Chromium; prints a table
bench: setup site
	node scripts/bench.mjs

## test-size: fails when what a page fetches from dist/ is over the brotli budget
test-size: dist
	node scripts/size-budget.mjs dist

## clean: remove target/, dist/ and pkg/
clean:
	rm -rf target dist pkg

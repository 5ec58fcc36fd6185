# medcard: every entry point. `make demo` and `make test` work on a fresh Debian machine:
# both run scripts/setup.sh first, which installs what is missing and is quick when nothing is.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)
# Debian's Chromium for wasm-bindgen-test (see webdriver.json) and Playwright.
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8000

.PHONY: setup dist probe package site demo screenshots test test-native test-browser test-e2e test-size bench lint clean

setup:
	@scripts/setup.sh

## dist: release build of the site-owner folder dist/ (prints sizes raw and brotli)
dist: setup
	@scripts/build-dist.sh

## probe: dist/ built with the panic-probe feature (target/dist-probe), for the panic test only
probe: setup
	@MEDCARD_FEATURES=panic-probe MEDCARD_DIST=target/dist-probe scripts/build-dist.sh >/dev/null

## package: the npm package in pkg/ (dist/ + src/npm/), packed into target/medcard-VERSION.tgz
package: dist
	@node scripts/build-package.mjs
	@npm pack ./pkg --pack-destination target

## site: the demo site (www/ with dist/ and the inline sample data) in target/site
site: dist
	@node scripts/build-site.mjs

## demo: build, then serve the demo on 127.0.0.1 (prints the URL)
demo: site
	@node scripts/serve.mjs target/site --port $(PORT)

## screenshots: demo page and gallery at 320/768/1280 px, light/dark/print, in target/screenshots/
screenshots: site
	@node scripts/screenshots.mjs

## test: every test layer
test: setup
	@$(MAKE) --no-print-directory test-native test-browser test-e2e test-size

lint:
	cargo fmt --check
	cargo clippy --no-deps --all-targets --features cli -- -D warnings
	cargo clippy --no-deps --target wasm32-unknown-unknown --all-targets -- -D warnings

## test-native: format, lints on both targets, model/validation/server-rendered HTML/CLI tests
test-native: lint
	cargo test --features cli

## test-browser: component and element in headless Chromium (wasm-bindgen-test)
test-browser:
	wasm-pack test --headless --chrome

## test-e2e: the built dist/ and demo page in headless Chromium (Playwright + node:test)
test-e2e: site probe package
	node --test tests/e2e/

## bench: medcard against the vanilla-JS reference card (bench/) in headless Chromium; prints a table
bench: site
	node scripts/bench.mjs

## test-size: fails when what a page fetches from dist/ is over the brotli budget
test-size: dist
	node scripts/size-budget.mjs dist

clean:
	rm -rf target dist pkg

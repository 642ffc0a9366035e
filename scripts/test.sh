#!/usr/bin/env bash
# The README's test command: install what the tests need, then run every test.
# - npm packages from package-lock.json;
# - Debian's chromium for the end-to-end tests, with apt-get when missing (needs root; playwright-core drives it).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
	echo "installing Debian packages: ${need[*]}" >&2
	if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm ci rejects this lock file: with the machine-wide omit-lockfile-registry-resolved=true, npm 11 does not
# record the other platforms' optional @duckdb/node-bindings-* packages, and ci then calls the lock "not in sync".
# npm install with the committed lock installs the same versions and leaves the lock unchanged.
npm install --no-audit --no-fund
npm run check          # types: tsc over src, scripts and test; svelte-check over the components
results=$(mktemp -d)
npm test -- --reporter=default --reporter=json --outputFile.json="$results/unit.json"

# End-to-end (issue #7): build the site from the sample data, then drive it headless in Debian's chromium.
# The e2e run serves build/ on 127.0.0.1 itself (test/e2e/setup.ts) and closes that server when it ends;
# `timeout` bounds the whole run (it usually takes a few minutes on 2 cores).
npm run data
npm run build
timeout --kill-after=30 900 npm run test:e2e -- --reporter=default --reporter=json --outputFile.json="$results/e2e.json"

# One closing line over both runs, in the plain form CI reads ("tests: N passed, N failed").
node -e '
const r = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
const sum = (k) => r.reduce((s, x) => s + x[k], 0);
console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped`);
' "$results/unit.json" "$results/e2e.json"
rm -rf "$results"

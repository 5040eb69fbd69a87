#!/usr/bin/env bash
# `npm test`: every check CI runs, in the order that fails fastest. Needs `npm install` first.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Chromium and nginx for the end-to-end tests, LibreOffice Calc for the quarterly sheet"
bash tests/ensure-chromium.sh
bash tests/ensure-nginx.sh
bash tests/ensure-libreoffice.sh

step "Format, lint and types"
npx prettier --check . --log-level warn
npx eslint . --max-warnings 0
npx tsc --noEmit -p .
# Types are checked: the builds below (and the unit tests' own) need not check them again.
export TYPES_CHECKED=1

step "Content check"
npm run -s content:check

step "Unit tests"
npx vitest run --config tests/vitest.config.ts

step "Production build"
npm run -s build

free_ports() {
  node -e '
    const net = require("net");
    const servers = Array.from({ length: Number(process.argv[1]) }, () => net.createServer());
    Promise.all(servers.map((s) => new Promise((r) => s.listen(0, "127.0.0.1", r)))).then(() => {
      console.log(servers.map((s) => s.address().port).join(","));
      servers.forEach((s) => s.close());
    });' "$1"
}

step "End-to-end tests in Chromium"
E2E_PORT="$(free_ports 1)"
export E2E_PORT
npx playwright test -c tests/playwright.config.ts

step "npm run dev listens on loopback only, refuses foreign requests and stops with npm"
npx playwright test -c tests/playwright.dev-server.config.ts

step "The content editor in npm run dev and the hosted editor (content/ is put back after)"
EDITOR_PORTS="$(free_ports 2)"
export EDITOR_PORTS
npx playwright test -c tests/playwright.editor.config.ts

step "Delivery progress, on a fixture site that has some, built from a shallow clone of it"
# tests/fixtures/progress-site, as a site deployed from `git clone --depth 1`: no history.
bash tests/shallow-clone.sh tests/fixtures/progress-site/content tests/.tmp-progress-site/content
CONTENT_DIR=tests/.tmp-progress-site/content NEXT_DIST_DIR=.next-progress \
  NEXT_TELEMETRY_DISABLED=1 npx next build > /dev/null
E2E_PROGRESS_PORT="$(free_ports 1)"
export E2E_PROGRESS_PORT
npx playwright test -c tests/playwright.progress.config.ts

step "Serving: npm start, next start and the nginx cache"
SERVING_PORTS="$(free_ports 4)"
export SERVING_PORTS
npx playwright test -c tests/playwright.serving.config.ts

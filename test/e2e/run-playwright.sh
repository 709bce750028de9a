#!/bin/sh
# Runs the Playwright suites; on Linux without a display, under xvfb-run so the Electron suite can open a window.
set -e
if [ "$(uname)" = "Linux" ] && [ -z "$DISPLAY" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a npx playwright test "$@"
fi
exec npx playwright test "$@"

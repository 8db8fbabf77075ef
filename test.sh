#!/usr/bin/env bash
# Runs every test: core, store, screens, and the real terminal (tmux drives the built binary).
set -euo pipefail
cd "$(dirname "$0")"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export SWIFT_BACKTRACE=interactive=no
# Build the app and the tests first: the terminal tests run the built `enlace` binary.
swift build --build-tests
swift test --skip-build "$@"

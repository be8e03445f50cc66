#!/bin/sh
# Rewrites the expected column of tests/policy/golden/*/verdicts.txt with
# what the engine says now, for review with `git diff` before committing a
# deliberate change of verdicts. Run inside the build root: ./dev exec tools/golden-regenerate.sh
set -eu
cmake --build build/dev --target tst_golden
CLEARLINE_GOLDEN_REGENERATE=1 QT_QPA_PLATFORM=offscreen build/dev/bin/tst_golden verdicts || true
git diff --stat -- tests/policy/golden

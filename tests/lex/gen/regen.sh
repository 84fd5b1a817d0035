#!/usr/bin/env bash
# regen.sh — rebuild tests/lex/cases.h from tests/lex/cases.txt with gc's
# scanner (build/tools/lexoracle), or with -check, fail if the committed
# cases.h differs from what gc says today.
set -euo pipefail
cd "$(dirname "$0")/../../.."
bash tests/lex/gen/build-oracle.sh
if [[ ${1:-} == -check ]]; then
	build/tools/lexoracle -gen tests/lex/cases.txt | diff -u tests/lex/cases.h -
	echo "tests/lex/cases.h is up to date"
else
	build/tools/lexoracle -gen tests/lex/cases.txt >tests/lex/cases.h
	echo "wrote tests/lex/cases.h ($(grep -c '^{' tests/lex/cases.h) cases)"
fi

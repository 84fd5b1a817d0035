package main

// run.go's lists of tests expected to fail (Go 1.19), by name relative to
// GOROOT/test.  run.go reports such a test as ok when it fails and as FAIL
// ("unexpected success") when it passes; -f ignores the lists.

import "strings"

// Files the 1.19 compiler (types2) cannot errorcheck.
var types2Failures = setOf(
	"notinheap.go",
	"shift1.go",
	"fixedbugs/issue10700.go",
	"fixedbugs/issue18331.go",
	"fixedbugs/issue18419.go",
	"fixedbugs/issue20233.go",
	"fixedbugs/issue20245.go",
	"fixedbugs/issue31053.go",
)

// The same, on 32-bit targets only.
var types2Failures32Bit = setOf(
	"printbig.go",
	"fixedbugs/bug114.go",
	"fixedbugs/issue23305.go",
)

// Failures of the default (non-unified) 1.19 front end.
var go118Failures = setOf(
	"typeparam/nested.go",
	"typeparam/issue51521.go",
)

// Failures with GOEXPERIMENT=unified (instead of go118Failures).
var unifiedFailures = setOf(
	"closure3.go",
	"escape4.go",
	"inline.go",
	"linkname3.go",
	"fixedbugs/issue42284.go",
	"fixedbugs/issue7921.go",
	"typeparam/issue47631.go",
	"fixedbugs/issue42058a.go",
	"fixedbugs/issue42058b.go",
	"fixedbugs/issue49767.go",
	"fixedbugs/issue49814.go",
)

func setOf(keys ...string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// expectFail reports whether run.go expects the test named name (relative
// to the test directory) to fail for target tg, and which list says so.
func expectFail(name string, tg *target) (bool, string) {
	if types2Failures[name] {
		return true, "types2Failures"
	}
	switch tg.goarch {
	case "386", "arm", "mips", "mipsle":
		if types2Failures32Bit[name] {
			return true, "types2Failures32Bit"
		}
	}
	if strings.Contains(","+tg.goexperiment+",", ",unified,") {
		if unifiedFailures[name] {
			return true, "unifiedFailures"
		}
	} else if go118Failures[name] {
		return true, "go118Failures"
	}
	return false, ""
}

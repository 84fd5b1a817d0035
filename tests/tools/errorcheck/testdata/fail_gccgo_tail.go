// errorcheck

// want: FAIL fail_gccgo_tail.go:9: missing error "gccgo only"
// Unlike a GCCGO_ERROR comment alone, one after an ERROR is part of it:
// run.go's `// (?:GC_)?ERROR (.*)` takes every quoted string to the end.

package p

var x int = "a" // ERROR "cannot use" // GCCGO_ERROR "gccgo only"

// errorcheck

// want: PASS
// A GC_ERROR comment is for gc; a GCCGO_ERROR comment alone is not read.

package p

var x int = "a" // GC_ERROR "cannot use"

var y int = 1 // GCCGO_ERROR "not for gc"

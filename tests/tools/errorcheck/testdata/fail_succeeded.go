// errorcheck

// want: FAIL compilation succeeded unexpectedly
// errorcheck without -0 wants the compilation to fail.

package p

var x int

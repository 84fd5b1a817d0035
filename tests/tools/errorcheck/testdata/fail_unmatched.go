// errorcheck

// want: FAIL unmatched error: fail_unmatched.go:9: cannot use 1

package p

var x int = "a" // ERROR "cannot use"

var y string = 1

// errorcheck

// want: FAIL fail_nomatch.go:7: no match for `wrong words` in: fail_nomatch.go:7: cannot use

package p

var x int = "a" // ERROR "wrong words"

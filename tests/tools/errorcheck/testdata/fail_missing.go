// errorcheck

// want: FAIL fail_missing.go:9: missing error "no such error"

package p

var x int = "a" // ERROR "cannot use"

var y int // ERROR "no such error"

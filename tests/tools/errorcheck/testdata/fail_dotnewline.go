// errorcheck

// want: FAIL fail_dotnewline.go:9: no match for `a redeclared in this block.\*other declaration`
// Without (?s), "." does not match the "\n" before the continuation line.

package p

var a int
var a int // ERROR "a redeclared in this block.*other declaration"

// errorcheck

// want: FAIL fail_linedirective.go:10: missing error "cannot use"
// A //line directive moves the message to other.go; an ERROR comment
// only takes messages at its own file and line.

package p

//line other.go:100
var x int = "a" // ERROR "cannot use"

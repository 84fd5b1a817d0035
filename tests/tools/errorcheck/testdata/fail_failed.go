// errorcheck -0

// want: FAIL compilation failed \(exit status [0-9]+\): .*fail_failed.go:8
// errorcheck -0 wants the compilation to succeed.

package p

var x int = "a" // ERROR "cannot use"

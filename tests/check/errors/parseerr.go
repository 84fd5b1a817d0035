// Parse errors that are no syntax errors do not stop gc before type
// checking: they come out sorted with the type errors.
package p

var s string
var a [10]int

var _ = undefined1

func f() {
	_ = a[1::3]
	_ = s[1:2:3]
	var x int = "x"
	_ = a[1:2:]
}

var _ = undefined2

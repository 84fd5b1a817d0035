// gc's noder judges every //go:linkname of a file once the package is
// type-checked, wherever it stands: it must name a var or func of the
// package, once.
package p

import _ "unsafe"

type t int

var x, y int

const k = 1

func f() {}

//go:linkname x a
//go:linkname f b
//go:linkname t c
//go:linkname k d
//go:linkname nosuch e
//go:linkname x dup

func g() {
	//go:linkname y inbody
	_ = 0
}

//go:linkname y again

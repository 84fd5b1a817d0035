// What gc's noder reports once types2 is done: directives a declaration
// cannot use, //go:noescape on a function with a body, //go:embed misuse.
package p

import (
	_ "embed"
	//go:noinline
	"fmt"
)

//go:noinline
const K = 1

//go:notinheap
type A = int

//go:notinheap
type B int

//go:noinline
//go:notinheap
type C struct{}

//go:embed a.go
var x, y string

//go:embed a.go
var z string = "s"

//go:embed a.go
//go:noinline
var w = 1

//go:noescape
//go:noinline
func f() {
	//go:noinline
	const c = 1
	//go:embed a.go
	var s string
	//go:notinheap
	type L int
	var (
		u int
		//go:embed a.go
		v string
	)
	_, _, _, _ = s, u, v, c
	fmt.Println()
}

//go:noescape
func g()

//go:embed a.go
func h() {}

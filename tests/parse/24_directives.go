//go:build linux && amd64
// +build linux,amd64

// Package p has compiler directives.
package p

import "unsafe"

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

//go:nosplit
//go:noinline
func fast() {}

//go:noescape
func noesc(p unsafe.Pointer)

//go:notinheap
type notInHeap struct{ x int }

//line other.go:100
func moved() {}

/*line block.go:7:3*/
var afterLine = 1

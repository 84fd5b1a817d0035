// A function without a body (here linknamed; in std often assembly): gc
// assumes its uintptr parameters, of a defined type too (like
// syscall.Handle), are unsafe uintptrs kept alive across the call.
package main

import "unsafe"

type size uintptr

//go:linkname memclr runtime.memclrNoHeapPointers
//go:noescape
func memclr(p unsafe.Pointer, n size)

//go:linkname memclr2 runtime.memclrNoHeapPointers
func memclr2(p unsafe.Pointer, n uintptr)

func main() {
	var b [16]byte
	memclr(unsafe.Pointer(&b), size(len(b)))
	var c [8]byte
	memclr2(unsafe.Pointer(&c), uintptr(len(c)))
	println(b[0], c[0])
}

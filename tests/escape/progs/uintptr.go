package main

import "unsafe"

//go:uintptrescapes
func esc(a uintptr) {}

func use() {
	x := 0
	esc(uintptr(unsafe.Pointer(&x)))
}

func main() {
	use()
}

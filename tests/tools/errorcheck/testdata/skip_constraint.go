// errorcheck

//go:build wasm

// want: SKIP build constraint: //go:build wasm

package p

var x int = "a" // ERROR "cannot use"

// //go:linkname in a file that does not import unsafe.
package p

var v int

//go:linkname v w
var u int

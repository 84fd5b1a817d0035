// //go:embed in a file that does not import "embed".
package p

//go:embed noembed.go
var s string

//go:nosplit
type T int

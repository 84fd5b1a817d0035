// Command println is the second program of the seed note: a string
// passed to fmt.Println is converted to an interface value, and since
// Println's parameter leaks, the converted value escapes.
package main

import "fmt"

func main() {
	fmt.Println("abc")
}

// Output of `go build -gcflags='-m -l'` (Go 1.19) in this directory:
//
//	# goescape.example/println
//	./main.go:9:13: ... argument does not escape
//	./main.go:9:14: "abc" escapes to heap

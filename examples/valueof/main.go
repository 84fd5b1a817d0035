// Command valueof illustrates the seed note's remark that reflect.Value
// puts values on the heap: reflect.ValueOf's parameter escapes, so the
// int converted to an interface to call it escapes too.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	n := 42
	v := reflect.ValueOf(n)
	fmt.Println(v.Int())
}

// Output of `go build -gcflags='-m -l'` (Go 1.19) in this directory:
//
//	# goescape.example/valueof
//	./main.go:13:22: n escapes to heap
//	./main.go:14:13: ... argument does not escape
//	./main.go:14:19: reflect.Value.Int(v) escapes to heap

// Command dummy is the third program of the seed note, after reflect's
// "dummy annotation marking that the value x escapes": storing a value in
// a global of interface type moves it to the heap, and so does passing it
// to a function that may store its interface parameter in that global.
package main

var dummy struct {
	b   bool
	x   interface{}
	age int
}

// escapes is reflect.escapes: the compiler cannot tell that dummy.b is
// always false, so x leaks to the heap.
func escapes(x interface{}) {
	if dummy.b {
		dummy.x = x
	}
}

func main() {
	dummy.x = 100
	dummy.age = 11
	escapes(dummy.age)
}

// Output of `go build -gcflags='-m -l'` (Go 1.19) in this directory:
//
//	# goescape.example/dummy
//	./main.go:15:14: leaking param: x
//	./main.go:22:2: 100 escapes to heap
//	./main.go:24:15: dummy.age escapes to heap

// Package-level initializers in two files: one init function, in the
// init order across files; user init functions of both files; closures
// numbered glob..funcN across the files.
package main

type S struct {
	a, b *int
	i    interface{}
	n    [2]interface{}
}

var first = S{a: mk(), i: later, n: [2]interface{}{1, mk()}}

func mk() *int { return new(int) }

var x interface{} = S{b: mk()}

func init() { println(x) }

func main() {}

var fa = func() *int { return mk() }()

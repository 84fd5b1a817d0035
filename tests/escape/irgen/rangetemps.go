// The key and value of a range statement enter the function's Dcl before
// the temporaries of its range expression (noder's forStmt builds them
// first): at -m=2 the temporary of t.List().items() is .autotmp_N after
// them, as gc numbers it.
package main

type List struct{ v []*int }

//go:noinline
func (l *List) items() []*int { return l.v }

type T struct{ l *List }

//go:noinline
func (t *T) List() *List { return t.l }

var sink []*int

func sum(t *T) int {
	n := 0
	for i, p := range t.List().items() {
		n += i
		sink = append(sink, p)
	}
	var k int
	var q *int
	for k, q = range t.List().items() {
		n += *q
	}
	for range t.List().items() {
		n++
	}
	return n + k
}

func main() { sum(&T{l: &List{}}) }

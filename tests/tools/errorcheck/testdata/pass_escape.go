// errorcheck -0 -m -l

// want: PASS
// Escape analysis messages (-m -l): several regexps on one line, each
// matching one message; one regexp consuming two messages of its line.

package p

type T struct{ p *int }

func leak(x *int) *int { // ERROR "leaking param: x to result ~r0 level=0"
	return x
}

func two(a, b *int) { // ERROR "a does not escape" "b does not escape"
}

var sink interface{}

func both() {
	sink, sink = new(int), new(int) // ERROR "new\(int\) escapes to heap"
}

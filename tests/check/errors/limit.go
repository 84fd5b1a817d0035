package p

import "os"

// The tenth error stops gc: an unused variable is reported when its
// function's body is done, after the body's other errors, so here it
// is never reached.
func f(s string, n int) {
	unused := 1
	s++
	n += "a"
	s = 1
	n = "b"
	len(s)
	n == 1
	int
	go len(s)
	defer int(n)
	s <- 1
	for n {
	}
}

func g() int {
}

// select: sends, receives into new and old variables, comma-ok receives,
// a labeled select loop.  tests/suites/escape-irgen.sh compares goescape
// with go build on it.
package main

var sink *int
var sinkI interface{}

func sel(c chan *int, d chan interface{}, x *int, y int) *int {
	select {
	case c <- x:
	case v := <-c:
		return v
	case w, ok := <-c:
		_ = ok
		sink = w
	case <-d:
	case d <- y:
	default:
	}
	var z *int
	var e interface{}
loop:
	for {
		select {
		case z = <-c:
			break loop
		case e = <-c:
			sinkI = e
		}
	}
	return z
}

func main() {
	_ = sel(nil, nil, nil, 0)
}

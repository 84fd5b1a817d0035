// //go:notinheap types: a pointer to one is not direct in an interface
// (types.IsDirectIface), so its itab gets (**T).m wrappers that gc inlines
// into; a struct or array holding one is notinheap too.  And the walk
// order of select bodies (walkSelectCases: default, sends in order,
// receives in reverse order), seen through the itab wrappers each body's
// conversion makes.  tests/suites/escape-irgen.sh compares goescape with
// go build on it.
package main

type Getter interface{ Get() int }

//go:notinheap
type span struct {
	n    int
	next *span
}

func (s *span) Get() int   { return s.n }
func (s *span) empty() bool { return s.next == nil }

type list struct {
	first span
}

func (l *list) Get() int { return l.first.n + 1 }

type arr [2]span

func (a *arr) Get() int { return a[1].n }

type plain struct{ n int }

func (p *plain) Get() int { return p.n }

type r1 struct{ n int }
type r2 struct{ n int }
type r3 struct{ n int }
type s1 struct{ n int }
type d1 struct{ n int }

func (r r1) Get() int { return r.n }
func (r r2) Get() int { return r.n }
func (r r3) Get() int { return r.n }
func (r s1) Get() int { return r.n }
func (r d1) Get() int { return r.n }

var sink Getter

func pick(s *span, l *list, a *arr, p *plain) {
	sink = s
	sink = l
	sink = a
	sink = p
}

func sel(a, b chan int, c chan int, x int) {
	select {
	case v := <-a:
		sink = r1{v}
	case c <- x:
		sink = s1{x}
	case v := <-b:
		sink = r2{v}
	default:
		sink = d1{x}
	}
	select {
	case v := <-a:
		sink = r3{v}
	case v := <-b:
		sink = r2{v}
	}
	select {
	default:
		sink = d1{x}
	case v := <-a:
		sink = r1{v}
	}
}

func main() {
	pick(nil, nil, nil, nil)
	sel(nil, nil, nil, 0)
}

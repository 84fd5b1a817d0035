// Interface method expressions (I.M as a function value or called,
// at package level too), method expressions of types written without a
// name (struct{ E }.M, (*struct{ E }).M, interface{ ... }.M: their
// wrappers), and method values of shape-typed values in a generic
// function (v.String through the dictionary's itab).
// tests/suites/escape-irgen.sh compares goescape with go build on it.
package main

type I interface {
	Get() int
	Put(p *int)
}

type S struct{ x int }

func (s S) Get() int    { return s.x }
func (s S) Put(p *int)  { *p = s.x }
func (s *S) Set(v int)  { s.x = v }

type E int

func (E) M(p *int) int { return *p }

type Stringer interface{ String() string }

type num int

func (n num) String() string { return string(rune('0' + n)) }

var get = I.Get
var ret = I.Get(S{3})

func call(i I, p *int) int {
	f := I.Put
	f(i, p)
	return I.Get(i) + get(i)
}

func anon(p *int) int {
	g := struct{ E }.M
	h := (*struct{ E }).M
	k := interface{ Get() int }.Get
	return g(struct{ E }{1}, p) + h(&struct{ E }{2}, p) + k(S{})
}

func toI(s S) int {
	return I.Get(s)
}

func strs[T Stringer](s []T) (r []string) {
	for _, v := range s {
		f := v.String
		r = append(r, f())
	}
	return r
}

func main() {
	x := 1
	println(call(S{1}, &x), anon(&x), toI(S{2}), ret)
	println(len(strs([]num{1, 2})))
}

// Interfaces and literals irgen builds: conversions in returns and
// comparisons, loop variables captured, method values, elided &T{...},
// string conversions, type assertions, goto, defer in a loop, recover.
// tests/suites/escape-irgen.sh compares goescape with go build on it.
package main

type I interface{ M() int }

type T struct{ x int }

func (t *T) M() int { return t.x }

type V int

func (v V) M() int { return int(v) }

type P struct {
	*T
	i I
}

var gI I
var gE interface{}
var gS []interface{}

func retI(x int) I         { return V(x) }
func retE(t T) interface{} { return t }
func retE2(p *T) interface{} {
	if p == nil {
		return nil
	}
	return p
}

func cmp(a I, b V, e interface{}) bool {
	return a == b || e == a || e == nil
}

func loopcap() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{1, 2} {
		v := v
		fs = append(fs, func() int { return v })
	}
	return fs
}

func methvals(t *T, i I) (func() int, func() int) {
	return t.M, i.M
}

func lits(x, y int) {
	a := [2]interface{}{x, y}
	m := map[string]interface{}{"a": x, "b": y}
	s := []*T{{x: 1}, &T{x: 2}}
	gS = []interface{}{&a, m, s}
	var pp = &P{T: &T{}, i: V(1)}
	gI = pp
}

func strs(s string, b []byte, r []rune, n int) string {
	t := string(r) + string(rune(n)) + s[1:]
	u := []rune(s)
	_ = u
	bs := b[1:2:3]
	gE = bs
	return t + "x"
}

func asserts(e interface{}) *T {
	if t, ok := e.(*T); ok {
		return t
	}
	i := e.(I)
	gI = i
	return nil
}

func gotos(p *int) *int {
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	return p
}

func deferloop(ts []*T) {
	for _, t := range ts {
		defer t.M()
	}
	defer func() {
		if r := recover(); r != nil {
			gE = r
		}
	}()
}

func goes(t *T, i I) {
	go t.M()
	go i.M()
}

func newstruct() *P {
	p := new(P)
	p.T = &T{x: 3}
	return p
}

func shadow(x *int) *int {
	{
		x := new(int)
		_ = x
	}
	if x := 5; x > 0 {
		return nil
	}
	return x
}

func ptrmeth(p P) int {
	return p.M() + p.x
}

func main() {
	_ = retI(1)
	_ = retE(T{})
	_ = retE2(nil)
	_ = cmp(nil, 0, nil)
	_ = loopcap()
	_, _ = methvals(nil, nil)
	lits(1, 2)
	_ = strs("", nil, nil, 0)
	_ = asserts(nil)
	_ = gotos(nil)
	deferloop(nil)
	goes(nil, nil)
	_ = newstruct()
	_ = shadow(nil)
	_ = ptrmeth(P{})
}

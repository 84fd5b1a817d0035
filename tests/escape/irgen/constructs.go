// Statements and expressions irgen builds: embedded fields, conversions,
// switches, maps, channels, nested closures, slices of arrays, multi-value
// calls, variadic calls, loops with labels, append and copy, go and defer.
// tests/suites/escape-irgen.sh compares goescape with go build on it.
package main

type S struct {
	p    *int
	q    []*int
	next *S
}

type E struct {
	S
	name string
}

func (s *S) Set(p *int) { s.p = p }
func (s S) Get() *int    { return s.p }

type Getter interface{ Get() *int }

var sinkI interface{}
var sinkP *int

func embedded(e *E, x *int) *int {
	e.Set(x)
	return e.Get()
}

func iface(g Getter) *int {
	return g.Get()
}

func conv(x int, s string, b []byte) {
	sinkI = x
	sinkI = s
	sinkI = string(b)
	sinkI = []byte(s)
	_ = s + string(b)
}

func sw(x int, p *int) *int {
	switch x {
	case 1, 2:
		return p
	case 3:
		fallthrough
	default:
		return nil
	}
}

func tsw(v interface{}) int {
	switch t := v.(type) {
	case int, int8:
		sinkI = t
		return 1
	case *int:
		sinkP = t
	case nil:
		return 0
	}
	return 2
}

func maps(m map[string]*int, k string) *int {
	m[k] = new(int)
	v, ok := m[k]
	if !ok {
		return nil
	}
	delete(m, k)
	return v
}

func chans(c chan *int, x *int) *int {
	c <- x
	y := <-c
	z, ok := <-c
	_ = ok
	close(c)
	_ = z
	return y
}

func closures(n int) func() int {
	a, b := 1, 2
	f := func() int {
		g := func() int { return a + n }
		return g() + b
	}
	a = 3
	return f
}

func ptrs() {
	var arr [4]int
	s := arr[1:3]
	sinkP = &s[0]
	p := &arr
	_ = p[2]
	_ = len(p)
}

func multi() (*int, *int) {
	x, y := new(int), new(int)
	return x, y
}

func usemulti() {
	a, b := multi()
	sinkP = a
	_ = b
	var i1, i2 interface{}
	i1, i2 = multi()
	_, _ = i1, i2
}

func variadic(xs ...interface{}) int { return len(xs) }

func callv(x int, s []interface{}) {
	_ = variadic(x, 1, "a")
	_ = variadic(s...)
	_ = variadic()
}

func loops(s []*int) (r *int) {
	for i := 0; i < len(s); i++ {
		if s[i] == nil {
			continue
		}
		r = s[i]
		break
	}
outer:
	for _, v := range s {
		for range s {
			if v != nil {
				break outer
			}
		}
	}
	for k := range map[*int]bool{} {
		sinkP = k
	}
	return
}

func appends(s []*int, x *int) []*int {
	s = append(s, x, x)
	t := append([]*int(nil), s...)
	copy(t, s)
	return t
}

func deferred(x *int) {
	defer func() {
		sinkP = x
	}()
	go func(y *int) {
		_ = y
	}(x)
	defer println(x)
	panic(x)
}

func main() {
	var e E
	x := 1
	_ = embedded(&e, &x)
	_ = iface(S{})
	conv(1, "a", nil)
	_ = sw(1, nil)
	_ = tsw(nil)
	_ = maps(nil, "")
	_ = chans(nil, nil)
	_ = closures(1)
	ptrs()
	usemulti()
	callv(1, nil)
	_ = loops(nil)
	_ = appends(nil, nil)
	deferred(nil)
}

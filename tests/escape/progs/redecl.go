package main

// Names redeclared on the left of := (go/types records a use, no type).

type F struct{ off int64 }

func (f *F) find() (*int64, error) { return &f.off, nil }

func (f *F) DataOffset() (offset *int64, err error) {
	body, err := f.find()
	if err != nil {
		return
	}
	return body, nil
}

func pair(p, q *int) (*int, *int) { return q, p }

func swap(p *int) (r *int) {
	a, r := pair(p, nil)
	_ = a
	return
}

func assert(x interface{}) (n int, ok bool) {
	m, ok := x.(int)
	n = m
	return
}

func mapr(m map[string]*int) (v *int) {
	v, ok := m["k"]
	if !ok {
		return nil
	}
	return
}

func closure(p *int) (q *int) {
	f := func() *int {
		x, q := pair(p, p)
		_ = x
		return q
	}
	return f()
}

func main() {
	var f F
	_, _ = f.DataOffset()
	_ = swap(nil)
	_, _ = assert(1)
	_ = mapr(nil)
	_ = closure(nil)
}

package main

var sink *int

func rng(s []*int, a [2]*int) {
	for _, p := range s {
		sink = p
	}
	for i := range a {
		_ = a[i]
	}
}

func typesw(x interface{}) *int {
	switch v := x.(type) {
	case *int:
		return v
	}
	return nil
}

func maps(k, v *int) map[*int]*int {
	return map[*int]*int{k: v}
}

func label() {
	var p *int
loop:
	x := 0
	p = &x
	if *p < 3 {
		goto loop
	}
}

func main() {
	rng(nil, [2]*int{})
	_ = typesw(nil)
	_ = maps(nil, nil)
	label()
}

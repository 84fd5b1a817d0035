// var v, ok I = y, a comma-ok form whose value has another type than
// the names': no IR change (walk converts), except in a shape
// instantiation where an interface name takes temporaries first.
package main

var sink any

type I interface{ M() }

type T struct{ p *int }

func (T) M() {}

func cok[X any](m map[int]X, c chan X, a any) any {
	var v, ok any = m[1]
	sink = ok
	var r, rok any = <-c
	sink, sink = r, rok
	var d, dok any = a.(X)
	sink, sink = d, dok
	return v
}

func cokr[X any](m map[int]X, c chan X, a any) (any, any) {
	var v, ok any = m[1]
	_ = ok
	var r, _ any = <-c
	w, wok := a.(X)
	var y, yok any
	y, yok = a.(X)
	sink, sink, sink, sink = w, wok, y, yok
	return v, r
}

// (a receive so converted makes gc's walk fail: "unhandled expr CONVIFACE")
func plain(m map[int]*int, a any) (any, any) {
	var v, _ any = m[1]
	var t, _ any = a.(*T)
	return v, t
}

func main() {
	x := 1
	sink = cok(map[int]*int{1: &x}, make(chan *int), &x)
	sink = cok(map[int]int{}, make(chan int), 1)
	a, b := cokr(map[int]*int{}, make(chan *int, 1), &x)
	sink, sink = a, b
	c, d := plain(nil, &T{})
	sink, sink = c, d
}

package main

import "genimport/a"

var keep any

func main() {
	s := []int{1}
	x, y := a.F3(s)
	println(a.F1(s), a.F2(s), x, y, a.F4(make(chan int)))
	println(a.F5(3)())
	i := 4
	println(a.F6(&i))
	println(len(a.Map(s, func(i int) int { return i })))
	keep = a.Firster[*int](a.Pair[*int]{&i, nil})
	p := &a.Pair[string]{"a", "b"}
	p.Swap()
	keep = p
}

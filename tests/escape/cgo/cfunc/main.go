package main

import "fmt"

type box struct{ v []int }

func keep(b *box) *box { return b }

func main() {
	b := &box{v: make([]int, 3)}
	keep(b)
	x, y := Fill(2)
	fmt.Println(Scaled(3), x, y, Dup("hi"), len(Bytes("abc")), Callback(4))
	fmt.Println(sumOf(1, 2, 3))
}

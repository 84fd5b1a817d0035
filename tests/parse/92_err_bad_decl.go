package p

import "fmt"

x := 1

func (a, b T) twoRecv() {}

func f() {
	fmt.Println("hi"
}

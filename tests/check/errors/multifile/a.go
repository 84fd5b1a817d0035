package p

import (
	"fmt"
	"os"
)

var x int

type T struct{ a int }

func (T) M() {}

func f() {
	y := 1
	_ = undefinedInA
	fmt.Println(z)
}

const c = d + 1

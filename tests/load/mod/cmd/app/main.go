package main

import (
	"fmt"

	"example.com/Upper"
	"example.com/app/constraints"
	"example.com/app/internal/util"
	"example.com/dep/pkg"
	"example.com/local/lib"
	"example.com/old/thing"
)

func main() {
	fmt.Println(upper.Hello(), pkg.Version, util.X, lib.Y, constraints.Z)
	thing.Do()
}

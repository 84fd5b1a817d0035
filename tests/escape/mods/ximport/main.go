// Bodies of other packages' functions in imported form (see lib).
package main

import "ximport/lib"

var sink any

func main() {
	x := 1
	p, _ := lib.Pair(&x)
	sink = p
	sink = lib.Sum(1, 2)
	sink = lib.Neg(-1)
	sink = lib.Box(3)
	sink = lib.Val(4)
}

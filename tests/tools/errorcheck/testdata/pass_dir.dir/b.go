package b

import "./a"

var sink *int

func F() {
	x := 1 // ERROR "moved to heap: x"
	sink = a.Id(&x)
}

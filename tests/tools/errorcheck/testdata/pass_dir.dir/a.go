package a

func Id(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

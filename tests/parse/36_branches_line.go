package p

// Positions quoted in messages under //line directives.

func f() {
	goto A
//line other.go:10
	x := 1
	_ = x
A:
/*line c.go:20:5*/ goto B; y := 2; _ = y
B:
	{
	C:
	}
	goto C
D:
	for {
	}
//line a.go:1:1
D:
	goto D
}

func g() {
//line 36_branches_line.go:27:1
E:
	for {
	}
	goto F
	{
	F:
	}
}

// Constraint interfaces used as ordinary types (types2's validVarType).
package p

type Num interface{ ~int | ~float64 }

type Cmp interface{ comparable }

type Plain interface{ M() }

var v Num

func f(x Cmp) Num { return nil }

type S struct {
	a []Num
	b map[string]Cmp
	c Plain
}

func g[T Num](x T) {}

var _ = g[int]

func h() {
	var m map[Num]int
	_ = m
	_ = make(chan Cmp)
	_ = new(Num)
}

// Shape instantiations convert where gc's subst walk left base.Pos: a
// switch on shapes compares tag and shaped cases as interface{}s, a
// comparison converts its shaped operand; the walk enters closures and
// stops at a generic call's OFUNCINST or a shape method's OXDOT
// (transformed later, without transformCall's SetPos).
package main

var sink interface{}

type I interface{ M() int }

type L[T any] struct{ v T }

func (l *L[T]) Get() int { return 0 }

type X int

func (X) M() int { return 1 }

type S struct{ a, b int }

func (s *S) M() int { return s.a }

func g(x interface{}) {}

func H[T any](x T) int { return 0 }

func SwA[T comparable](x, y T) int {
	switch x {
	case y:
		return 1
	}
	return 0
}

func SwB[T comparable](x, y T) int {
	n := 0
	switch x {
	case y:
		n++
	}
	return n
}

func SwC[T ~int](x T) int {
	switch x {
	case 1, 2:
		println("a")
	default:
		return int(x)
	}
	return 0
}

func SwD[T comparable](x T, y interface{}) int {
	switch y {
	case x:
		return 2
	}
	return 0
}

func SwE[T comparable](x T, p *T) {
	switch x {
	case *p:
		func() { println(x) }()
	}
}

func SwF[T comparable](x, y T) interface{} {
	switch x {
	case y:
		var z T
		return z
	}
	return nil
}

func SwG[T comparable](x, y T, s *S) int {
	switch x {
	case y:
		z := S{1, 2}
		return s.M() + z.a
	}
	return 0
}

func SwH[T comparable](x, y T) {
	switch x {
	case y:
		for i := 0; i < 3; i++ {
			g(i)
		}
	}
}

func SwI[T comparable](x, y T) {
	switch x {
	case y:
		if true {
			g([]int{1, 2})
		}
	}
}

func SwJ[T comparable](x, y T) {
	switch x {
	case y:
		H(x)
	}
}

func SwK[T comparable](x, y T) (r int) {
	switch x {
	case y:
		r = len("abc")
	default:
		switch y {
		case x:
			r = 5
		}
	}
	return
}

func SwL[T comparable](x, y T, l *L[T]) {
	switch x {
	case y:
		l.Get()
	}
}

func Cmp[T comparable](x T, es []interface{}, i int) bool {
	return x != es[i]
}

func Clo[T any](x T) {
	var e interface{}
	var f func()
	e, f = 5, func() {
		println(2)
	}
	sink = e
	sink = f
}

type CI interface {
	comparable
	M() int
}

func SwM[T CI](x, y T) {
	switch x {
	case y:
		x.M()
	}
}

func main() {
	SwA(1, 2)
	SwB("a", "b")
	SwC(3)
	SwD(1, nil)
	SwE(1, nil)
	SwF(1, 2)
	SwG("a", "b", nil)
	SwH(1, 2)
	SwI(1, 2)
	SwJ(1, 2)
	SwK(1, 2)
	SwL(1, 2, nil)
	Cmp(1, nil, 0)
	Clo(1)
	SwM[X](1, 2)
}

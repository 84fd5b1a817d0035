// Type definitions whose right-hand side is a defined type still being
// declared, reached through a type literal (GOROOT/test/fixedbugs/
// bug336.go's shapes): T2's underlying type is T1's once T1 has one.
package p

type T1 struct {
	Next *T2
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

type T10 struct {
	x struct {
		y ***struct {
			z *struct {
				Next *T11
			}
		}
	}
}

type T11 T10

type T12 struct {
	F1 *T15
	F2 *T13
}

type T13 T14
type T14 T15
type T15 T12

type T18 *[10]T19
type T19 T18

type P1 *P2
type P2 P1

type F1 func(F2) F2
type F2 F1

type M1 map[string]M2
type M2 M1

type L1 []L2
type L2 L1

func use() {
	_ = &T1{&T2{}}
	_ = &T2{&T2{}}
	_ = &T3{&T4{}}
	_ = &T6{&T4{}}
	_ = &T12{&T15{}, &T13{}}
	t19s := &[10]T19{}
	_ = T18(t19s)
	var p P2
	_ = *p
	var f F2
	_ = f(nil)
	m := M2{"a": nil}
	_ = len(m["a"])
	l := L2{nil, L2{}}
	_ = l[1]
}

package p

type T[P any, Q] struct{}

func f[]() {}

func g() {
	var _ = h[int,]
	var x [...]int
	_ = x
}

// gc's noder refuses type declarations in the bodies of generic functions
// and methods of generic types (closures included), once types2 is done.
package p

type L[T any] struct{}

func (*L[_]) a() {
	func() {
		type X = int
		var _ X
	}()
}

func (l *(L[T])) b() {
	type (
		A int
		B []T
	)
	var _ A
	var _ B
}

var _ = func() {
	type Z int
}

func g[T any]() {
	{
		type (
		)
	}
	var x int
	_ = x
}

func h() {
	type Q int
}

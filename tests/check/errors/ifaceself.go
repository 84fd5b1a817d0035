// An interface's own methods are not found while its method list is checked
// (types2: no type set until the interface is complete).
package p

type A interface {
	Fn(A.Fn)
}

type B interface {
	G()
	Fn(x [len(B.G)]int)
}
type T struct{}
func (T) M(x T.M) {}

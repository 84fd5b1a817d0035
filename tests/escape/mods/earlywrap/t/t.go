// Package t has an inlinable method promoted into other packages' types.
package t

type Transformer interface {
	Transform(dst, src []byte) (int, error)
	Reset()
}

// NopResetter can be embedded to add a Reset that does nothing.
type NopResetter struct{}

func (NopResetter) Reset() {}

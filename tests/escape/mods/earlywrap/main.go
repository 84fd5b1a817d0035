// Two types embedding an imported type with an inlinable method: the
// first gets its wrappers early (a package-level interface variable, made
// before escape analysis, not inlined into), the second later (inlined
// into).  The early import of the method must still carry its body.
package main

import "earlywrap/t"

type validator struct{ t.NopResetter }

func (validator) Transform(dst, src []byte) (int, error) { return 0, nil }

var V t.Transformer = validator{}

type Decoder struct{ t.Transformer }

type dec struct{ t.NopResetter }

func (dec) Transform(dst, src []byte) (int, error) { return len(src), nil }

func NewDecoder() *Decoder { return &Decoder{Transformer: dec{}} }

func main() {
	d := NewDecoder()
	d.Reset()
	V.Reset()
}

package main

// Method wrappers made before escape analysis: the itabs of package-level
// variables initialized without code (staticinit) write their types, and
// the wrappers of those types, before gc inlines into wrappers; the other
// types' wrappers are made after it and get the inlined calls.

type Resetter interface{ Reset() }

type Transformer interface {
	Resetter
	Transform(b []byte) int
}

type NopResetter struct{}

func (NopResetter) Reset() {}

type discard struct{ NopResetter }

func (discard) Transform(b []byte) int { return len(b) }

type upper struct{ NopResetter }

func (upper) Transform(b []byte) int { return len(b) + 1 }

type lower struct{ n int }

func (lower) Reset()                   {}
func (l lower) Transform(b []byte) int { return len(b) + l.n }

type pair struct {
	t    Transformer
	name string
}

type chain struct{ n int }

func (chain) Reset()                 {}
func (chain) Transform(b []byte) int { return 0 }

type blankOnly struct{}

func (blankOnly) Reset()                 {}
func (blankOnly) Transform(b []byte) int { return 1 }

// staticinit: itabs for discard and (inside a slice literal) lower
var Discard Transformer = discard{}

var table = []pair{{t: lower{1}, name: "lower"}}

var ptr = &pair{chain{}, "chain"}

// dropped: a blank variable without side effects makes no itab
var _ Transformer = blankOnly{}

// upper is not converted by an initializer: its runtime type, written
// after escape analysis, gets wrappers with the inlined calls
func use(b []byte) int {
	return Discard.Transform(b) + table[0].t.Transform(b) + ptr.t.Transform(b)
}

func main() {
	println(use(nil))
}

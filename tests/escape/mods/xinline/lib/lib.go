package lib

import (
	"errors"
	"math/bits"
	"strings"
	"xinline/deep"
)

func Wrap(p *int) *deep.T { return deep.New(p) }

func Local(n int) *int {
	x := n
	return &x
}

func Many(a, b int) int { return deep.Sum(a, b) }

func Len(x uint64) int { return bits.Len64(x) }

func Store(p *int) { deep.Put(p) }

func Named(p *int) (r *int) {
	r = p
	return
}

func Cl(p *int) func() *int { return func() *int { return p } }

func Str(s string) []byte { return []byte(s) }

func Meth(t *deep.T) *int { return t.Get() }

func Conv(s fmtStringer) interface{} { return s }

type fmtStringer interface{ String() string }

//go:noinline
func NoInl(p *int) *int { return p }

func Err(s string) error { return errors.New(s) }

func Pre(s string) bool { return strings.HasPrefix(s, "x") }

func Keep(p *int) *int {
	x := 2
	f := func() *int { return &x }
	_ = f
	return p
}

func Const() interface{} { return deep.K }

// The untyped count of a non-constant shift is a uint in gc's IR: an
// importer prints it as uint(N).
func Shift(b []byte, n int) []int { return make([]int, len(b)>>2+n<<3) }

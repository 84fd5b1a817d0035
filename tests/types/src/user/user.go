// Package user: types from another package, qualification, unexported
// names across packages.
package user

import (
	"example.org/basic"
	"example.org/embed"
	"example.org/generic"
)

type Local struct {
	P    *basic.Point
	M    map[string]*basic.Tagged
	L    generic.List[basic.Point]
	name string
	embed.Base
}

type Iface interface {
	basic.Stringer
	Extra(x basic.Point) []basic.I
}

type Wrap struct {
	*embed.Wrapper
	ID string
}

// Has unexported method id() of embed (not the same name as ours).
type Mine struct{ embed.Base }

func (Mine) id() int { return 0 }

type Same struct {
	A int
	b int
}

type Descr interface{ Describe() string }

var (
	U1 = map[string]*basic.Point{}
	U2 []basic.Func
	U3 func(basic.Point) generic.Pair[string, basic.I]
	U4 struct {
		basic.Point
		X int
	}
	U5 = struct {
		A int
		b int
	}{}
	U6 chan<- *generic.Set[string]
	U7 embed.Logger
	U8 generic.Map[basic.S, *Local]
)

func Use() {
	var l Local
	_ = l.Describe()
	_ = l.P.String()
	var w Wrap
	_ = w.Count
	_ = w.ID
}

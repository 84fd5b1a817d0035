package main

// Where staticinit writes an itab before escape analysis (its wrappers
// get no inlined calls) and where the conversion is left to the init
// code (after escape analysis: the wrappers get them).

type Sizer interface{ Size() int }

func count() int { return 3 }

type dynT struct{ n int }

func (d dynT) Size() int { return d.n }

type convT struct{}

func (convT) Size() int { return 1 }

type mapT struct{}

func (mapT) Size() int { return 2 }

type sideT struct{ n int }

func (s sideT) Size() int { return s.n + 1 }

type yT struct{}

func (yT) Size() int { return 4 }

type callT struct{}

func (callT) Size() int { return 5 }

type holder struct{ s Sizer }

type elemT struct{}

func (elemT) Size() int { return 6 }

func mk() callT { return callT{} }

// the itab first, then the dynamic part of the literal: early
var dyn Sizer = &dynT{n: count()}

// an explicit conversion: early
var conv = Sizer(convT{})

// a map literal is made by code: late
var m = map[string]Sizer{"a": mapT{}}

// blank, with a side effect: not dropped, early
var _ Sizer = sideT{n: count()}

var y = yT{}

// a static variable's value: early
var viaVar Sizer = y

// a call converted: the conversion is of a dynamic value, still early
var viaCall Sizer = mk()

// inside a struct inside an array: early
var arr = [1]holder{{s: elemT{}}}

func main() {
	println(dyn.Size() + conv.Size() + m["a"].Size() + viaVar.Size() + viaCall.Size() + arr[0].s.Size())
}

package p

type I interface{ M() }
type U struct{}

func (*U) M() {}

var c I = &U{}
var d I = &(U{})
var e = &c
var f *int = &c
const g = &c
var h = &1

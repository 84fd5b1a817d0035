package p

type I interface{ M() }
type T struct{}
type U struct{}

func (T) M()  {}
func (*U) M() {}

var a I = T{}
var b I = U{}
var c I = &U{}
var d error = T{}
var e = I(T{})
var f = I(U{})
var g any = 1
var h I = 1

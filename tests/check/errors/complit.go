package p

import "unsafe"

type P struct{ X, Y int }

var a = [...]int{1, 2, 3}
var b = []string{"a", "b"}
var c = P{1, 2}
var d = P{Y: 3}
var e = [...]P{{1, 2}, {X: 3}}
var f = []*P{{1, 2}}
var g = [2][2]float64{{1, 2}, {3, 4}}
const la = len(a)
const le = len(e)
const sz = unsafe.Sizeof(g)
var h = P{1}
var i = P{1, 2, 3}
var j = P{Z: 1}
var k = P{X: 1, 2}
var l = [1]int{1, 2}
var m = []int{"x"}
var n = P{X: 1, X: 2}

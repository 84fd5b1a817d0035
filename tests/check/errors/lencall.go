package p

func f() [3]int { return [3]int{} }

var a [4]int
var ch chan [2]int
const c1 = len(a)
const c2 = len(f())
const c3 = cap([5]int{})
var v4 = len(f())
const c5 = len([2]int{len(f()), 1})
var p *[7]int
const c6 = len(p)

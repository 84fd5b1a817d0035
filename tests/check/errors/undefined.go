package p

import "math"

const c1 = x
const c2 = math.NoSuchConst
const c3 = math.maxUint
type A [n]int
var v int
const c4 = v
const c5 = 1 / 0
const c6 = 1 << -1
const c7 = "a" + 1
const c8 = iota + y

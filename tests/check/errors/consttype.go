package p

type S struct{}

const c1 []int = nil
const c2 S = S{}
const c3 [2]int = 1
const c4 map[int]int = 2
const c5 error = nil
const c6 float64 = "x"
const c7 string = 1

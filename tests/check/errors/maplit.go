package p

type K interface{}

var a = map[string]int{"a": 1, "b": 2}
var b = map[string]int{"a": 1, "a": 2}
var c = map[float64]bool{1: true, 1.0: false}
var d = map[K]int{1: 1, 1.0: 2, "x": 3, int8(1): 4}
var e = [...]string{2: "c", 0: "a", "b"}
var f = []int{1: 1, 1: 2}
var g = [3]int{5: 1}
var h = []int{-1: 1}
var i = map[int]string{1}
const le = len(e)
var j = [...]int{'a': 1}
const lj = len(j)
var k = map[[2]int]bool{{1, 2}: true, {1, 2}: false}

// Map literals and keyed array elements, compared with go/types by
// tests/suites/check.sh.
package p

type K interface{}

var a = map[string]int{"a": 1, "b": 2}
var d = map[K]int{1: 1, 1.5: 2, "x": 3, int8(1): 4}
var e = [...]string{2: "c", 0: "a", "b"}
var j = [...]int{'a': 1, 3: 2}

const le = len(e)
const lj = len(j)

var t map[string][]int = map[string][]int{"x": {1, 2}, "y": nil}

// Composite literals, compared with go/types by tests/suites/check.sh.
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
var q [la]P = [la]P{{1, 2}, {3, 4}, {}}

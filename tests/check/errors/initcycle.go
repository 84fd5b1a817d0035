// Initialization cycles among package-level variables and constants
// (types2's initOrder, reported in gc's words), and the orders that are
// not cycles: a var may refer to a later one, and to functions.
package p

import "strings"

var (
	x int = a
	a int = b
	b int = c
	c int = a
)

var self = len([]int{self})

const k1 = k2 + 1
const k2 = k3 * 2
const k3 = k1 - 1 // one path only: gc picks among several by map order

// not cycles
var u = v + w
var v = w * 2
var w = len(strings.Repeat("x", 3))
var fn = f
var m = T.M
var mv = T{}.M

func f() int { return 0 }

type T struct{}

func (T) M() int { return 0 }

// a method value is a dependency too (no cycle here)
var r1 = T{}.N
var r2 = r1

func (T) N() int { return 0 }

var p1, p2 = pair(q)
var q = p2

func pair(int) (int, int) { return 1, 2 }

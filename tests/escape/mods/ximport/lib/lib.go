// Bodies as the importer reads them: temporaries renumbered from 0,
// comparisons with their operands as written, any printed as a named
// type, calls f(g()) with their temporaries.
package lib

type Value any

var sink any

func pair(p *int) (*int, error) { return p, nil }

func two(a, b int) (int, int) { return b, a }

// Multi-value return: .autotmp_N of the exporter, .autotmp_0 here.
func Pair(p *int) (*int, error) {
	var q [2]int
	_ = q
	return pair(p)
}

// A multi-value call as arguments.
func Sum(a, b int) int {
	return add(two(a, b))
}

func add(a, b int) int { return a + b }

// An ordered comparison as an argument.
func Neg(x int64) bool {
	return isNeg(x < 0)
}

func isNeg(b bool) bool { return b }

// A conversion to any, and any to a named empty interface.
func Box(x int) any {
	return any(x)
}

func Val(v any) Value {
	return v
}

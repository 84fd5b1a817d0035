// The inliner's special cases and the IR shapes its costs depend on:
// encoding/binary's byte-order methods (cheap where loads merge), a
// conversion to any in an imported body (any(x), not (any)(x)), any
// assigned to a named empty interface (no conversion), blank names of
// a var declaration (declared: var _ T), make of a map or a channel
// without size (an untyped 0), a deferred call of a named func type
// (no wrapper), an ordered comparison in an imported body (its
// operands are not converted to bool).
package main

import (
	"encoding/binary"
	"fmt"
	"math/big"
)

type Value any

type CancelFunc func()

var sink any

func le(b []byte) uint64 {
	return binary.LittleEndian.Uint64(b) + uint64(binary.BigEndian.Uint32(b))
}

func put(b []byte, v uint64) {
	binary.BigEndian.PutUint64(b, v)
	binary.LittleEndian.PutUint16(b, uint16(v))
}

func conv(v any) (Value, error) {
	switch v.(type) {
	case string, []byte:
		return v, nil
	}
	return fmt.Sprintf("%v", v), nil
}

func anyOf(x int) any {
	return any(x)
}

func blanks(p *int, q *int) int {
	var _, r = p, q
	var _ = &p
	var _ any = *q
	return *r
}

func maps() (map[int]int, chan int, []int) {
	return make(map[int]int), make(chan int), make([]int, 3)
}

func mk() CancelFunc { return func() {} }

func deferred(n int) {
	c := mk()
	defer c()
	for i := 0; i < n; i++ {
		d := mk()
		defer d()
	}
}

func float(x int64) *big.Float {
	return new(big.Float).SetInt64(x)
}

func main() {
	b := make([]byte, 8)
	put(b, le(b))
	v, _ := conv(1)
	sink = v
	sink = anyOf(2)
	x, y := 1, 2
	sink = blanks(&x, &y)
	m, c, s := maps()
	sink, sink, sink = m, c, s
	deferred(2)
	sink = float(3)
}

// What changes with the target: which calls gc compiles to instructions
// (intrinsics: never inlined, costed as a plain node; math's none with
// soft float), and the sizes of int, uintptr and pointers (the stack's
// limits for implicit and explicit variables).
package main

import (
	"math"
	"math/bits"
	"sync/atomic"
)

func fl(x, y float64) float64 {
	return math.Sqrt(x) + math.Abs(y) + math.FMA(x, y, x) + math.Floor(x) + math.Ceil(y) +
		math.Trunc(x) + math.Copysign(x, y) + math.Round(x) + math.RoundToEven(y)
}

func bs(x uint64, y uint32, z uint16, w uint8) int {
	return bits.Len64(x) + bits.Len32(y) + bits.Len16(z) + bits.Len8(w) + bits.Len(uint(y)) +
		bits.TrailingZeros64(x) + bits.TrailingZeros32(y) + bits.TrailingZeros16(z) +
		bits.TrailingZeros8(w) + bits.TrailingZeros(uint(x)) + bits.OnesCount64(x) +
		bits.OnesCount32(y) + bits.OnesCount16(z) + bits.OnesCount8(w) + bits.OnesCount(uint(x)) +
		int(bits.RotateLeft64(x, 3)>>60) + int(bits.RotateLeft32(y, 3)>>30) +
		int(bits.RotateLeft16(z, 3)>>14) + int(bits.RotateLeft8(w, 3)>>7) +
		int(bits.RotateLeft(uint(x), 3)>>1) + int(bits.ReverseBytes64(x)>>60) +
		int(bits.ReverseBytes32(y)>>30) + int(bits.Reverse64(x)>>60) + int(bits.Reverse8(w))
}

func wide(x, y uint64, u, v uint) (uint64, uint64, uint, uint) {
	hi, lo := bits.Mul64(x, y)
	s, c := bits.Add64(x, y, 0)
	d, b := bits.Sub64(x, y, 0)
	q, r := bits.Div64(0, x, y|1)
	h2, l2 := bits.Mul(u, v)
	s2, c2 := bits.Add(u, v, 0)
	return hi + s + d + q, lo + c + b + r, h2 + s2, l2 + c2
}

func at(p *int32, q *uint64, r *uintptr, s *int64) int32 {
	atomic.AddUint64(q, 1)
	atomic.StoreUintptr(r, 2)
	atomic.CompareAndSwapInt64(s, 1, 2)
	atomic.SwapUintptr(r, 3)
	return atomic.AddInt32(p, 1) + atomic.LoadInt32(p)
}

var sink interface{}

// 64 kB of int on 32-bit targets, 128 kB on 64-bit ones
func implicit() int {
	x := make([]int, 16384)
	y := new([16384]int)
	z := []uintptr{16383: 1}
	return len(x) + len(y) + len(z)
}

// 10 MB of int on 32-bit targets, 20 MB on 64-bit ones
func explicit() int {
	var x [2621440]int
	return len(x)
}

type pair struct {
	p *int
	n int
}

func boxed(n int) {
	sink = pair{nil, n}
	sink = [2]uintptr{1, 2}
}

func main() {
	var i int32
	var u uint64
	var p uintptr
	var s int64
	println(fl(1, 2), bs(1, 2, 3, 4), at(&i, &u, &p, &s), implicit(), explicit())
	a, b, c, d := wide(1, 2, 3, 4)
	println(a, b, c, d)
	boxed(1)
}

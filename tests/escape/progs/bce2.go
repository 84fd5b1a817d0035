package main

// More of walk's "index bounds check elided": fields and arrays of arrays,
// multiple assignment (ascompatee), returns, switches, select, go and
// defer, nested and trivial closures, loops, map stores (safeMapRHS),
// narrowing by shifts, quotients and masks.

type T struct {
	arr  [16]int
	grid [4][4]byte
}

var tab [256]int
var sink interface{}

func fields(t *T, v T, i uint) int {
	return t.arr[i&15] + v.arr[i%16] + int(t.grid[i&3][i>>62]) + int(v.grid[i&3][1])
}

func results(b byte) (x, y int) {
	defer func() { x += tab[b] }()
	x, y = tab[b], tab[b^1]
	return tab[b>>1], x
}

func named(b byte) (x int) {
	x = tab[b]
	return tab[b] + x
}

func swaps(a [8]int, b byte) [8]int {
	i := int(b & 7)
	a[b&7], i = i, a[i&7]
	p := &a
	p[b&7], a[b&3] = a[b&1], p[b&7]
	return a
}

func sw(x interface{}, b byte, c chan int) int {
	switch v := x.(type) {
	case int:
		return v + tab[b]
	}
	switch y := tab[b]; {
	case y > tab[b+1]:
		return tab[b>>2]
	}
	select {
	case c <- tab[b]:
	case v := <-c:
		return v + tab[b&1]
	}
	go func(i int) { sink = i }(tab[b])
	defer println(tab[b>>3])
	return 0
}

func nested(b byte) func() func() int {
	return func() func() int {
		x := tab[b]
		f := func() int { return tab[b] + x }
		g := func() int { return tab[b>>1] + x }
		_ = f()
		return g
	}
}

func trivial() int {
	f := func(c byte) int { return tab[c] }
	return f(1) + func(c byte) int { return tab[c>>1] }(2)
}

func loops(s []byte) (n int) {
outer:
	for i := 0; i < len(s); i++ {
		for j := range tab {
			n += tab[s[i]] + j
			if tab[s[i]>>1] > 0 {
				continue outer
			}
		}
	}
	var arr [4]int
	for i, v := range arr {
		n += v + arr[i&3]
	}
	m := map[int]int{}
	m[tab[n&255]] += tab[n&127]
	m[1] |= tab[n&1]
	return
}

func conv(x uint64, y int32) int {
	return tab[x>>56] + tab[uint8(y)] + tab[x/(1<<56)] + tab[y&255] + tab[x&^0xffffffffffffff00]
}

func main() {
	fields(&T{}, T{}, 0)
	results(0)
	named(0)
	swaps([8]int{}, 0)
	sw(nil, 0, nil)
	nested(0)()()
	trivial()
	loops(nil)
	conv(0, 0)
}

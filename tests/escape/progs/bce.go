package main

// walk's "index bounds check elided" lines: where gc's walk proves an
// index in range, and the order it prints them in.

const hex = "0123456789abcdef"

var tab [256]uint16
var small [8]int
var sink []byte

func mask(i int, b byte) (int, uint16) {
	return small[i&7], tab[b]
}

func str(b byte) byte {
	return hex[b>>4] + hex[b&0xf]
}

func ptr(p *[16]int, x uint) int {
	return p[x%16] + p[x/1024&15]
}

// append's operands are copied first: the copy's index is a temporary
func app(buf []byte, b byte) []byte {
	buf = append(buf, hex[b>>4], hex[b&15])
	c := hex[b>>4]
	return append(buf, c)
}

func loop(b []byte) (n int) {
	for i := uint8(0); tab[i] != 0; i = uint8(tab[i+1]) {
		n += small[i&7]
	}
	for _, c := range b {
		switch tab[c] {
		case tab[c^1]:
			n++
		default:
			n += int(tab[c>>1])
		}
	}
	return
}

func assign(b byte) {
	small[b&7], tab[b] = int(tab[b^1]), uint16(small[b%8])
	tab[b]++
	small[b&3] += 2
	x, ok := interface{}(tab[b>>1]).(uint16)
	_, _ = x, ok
}

func closures(b byte) func() int {
	f := func() int { return small[b&7] }
	g := func() int { return int(tab[3]) + small[4] }
	_ = g
	h := func(c byte) int { return int(tab[c]) }
	_ = h(b)
	return func() int { return f() + small[b&1] }
}

func inl(b byte) int { return small[b&7] }

func callsInl(b byte) int {
	return inl(b) + small[b&3] + inl(b>>1)
}

// closures in code dead-code removal takes away are never walked
func dead(p *int, b byte) *int {
	const debug = false
	if debug {
		g := func(c byte) int { return int(tab[c]) }
		_ = g(b)
	}
	const k = 3
	switch k {
	case 1:
		return p
	case 2:
		f := func(c byte) int { return small[c&7] }
		_ = f(b)
	}
	if true {
		return nil
	}
	h := func(c byte) int { return small[c&3] }
	_ = h(b)
	return p
}

func main() {
	mask(0, 0)
	str(0)
	ptr(new([16]int), 0)
	sink = app(nil, 0)
	loop(nil)
	assign(0)
	closures(0)()
	callsInl(0)
	dead(nil, 0)
}

package p

func f(a, b int, p *int, x interface{}, ok bool) {
	_ = a + b*2 - a/b%3
	_ = a<<2 | b>>1 ^ a&b &^ b
	_ = -a + +b - ^a
	_ = !ok && (a < b || a <= b) && a > b || a >= b
	_ = a == b != ok
	_ = *p + *&a
	_ = &a
	_ = x.(int)
	_ = x.(interface{ M() })
	_ = (a + b) * (a - b)
	_ = ((a))
	_ = int64(a) + int64(b)
	_ = []byte("s")
	_ = (*int)(p)
	_ = (func())(nil)
	_ = (<-chan int)(nil)
	_ = a + -b
	_ = 1 + 2.0*3i
	a += 1
	a -= 1
	a *= 2
	a /= 2
	a %= 3
	a &= 1
	a |= 2
	a ^= 3
	a <<= 1
	a >>= 1
	a &^= 4
	a++
	b--
	*p = 3
	var y, z = 1, 2
	y, z = z, y
}

package p

func f(n int) int {
	if n < 0 {
		return -1
	} else if n == 0 {
		return 0
	} else {
		n++
	}
	if x := n * 2; x > 10 {
		return x
	}
	for {
		break
	}
	for n > 0 {
		n--
	}
	for i := 0; i < n; i++ {
		continue
	}
	for i := 0; ; {
		_ = i
		break
	}
	for ; n < 5; n++ {
	}
	for range []int{} {
	}
	for i := range "abc" {
		_ = i
	}
	for i, c := range "abc" {
		_, _ = i, c
	}
	var k, v int
	for k, v = range map[int]int{} {
	}
	_, _ = k, v
	return n
}

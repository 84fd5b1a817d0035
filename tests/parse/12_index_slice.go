package p

func f(s []int, a [10]int, str string, p *[5]int, m map[string]int) {
	_ = s[0]
	_ = s[1:]
	_ = s[:2]
	_ = s[:]
	_ = s[1:2]
	_ = s[1:2:3]
	_ = s[:2:3]
	_ = a[len(a)-1]
	_ = str[1:len(str)]
	_ = p[1:3:5]
	_ = m["k"]
	v, ok := m["k"]
	_, _ = v, ok
	s[0], s[1] = s[1], s[0]
}

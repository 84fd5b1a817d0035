package p

var (
	a = 0x
	b = 09
	c = 1_
	d = 'ab'
	e = "unterminated
	f = '\q'
)

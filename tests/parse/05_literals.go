package p

var (
	i1 = 42
	i2 = 0x2A
	i3 = 0X_2a
	i4 = 052
	i5 = 0o52
	i6 = 0O52
	i7 = 0b101010
	i8 = 1_000_000
	f1 = 3.14
	f2 = .5
	f3 = 1.
	f4 = 1e10
	f5 = 6.022E+23
	f6 = 0x1p-2
	f7 = 0X1.8P+1
	f8 = 1_5.2_5e-1_0
	c1 = 1i
	c2 = 2.5i
	c3 = 0x10i
	c4 = 1e3i
	r1 = 'a'
	r2 = '\n'
	r3 = '\x41'
	r4 = '\u00e9'
	r5 = '\U0001F600'
	r6 = '\''
	r7 = '\\'
	r8 = '\377'
	r9 = 'é'
	s1 = "hello"
	s2 = "tab\there\"quoted\""
	s3 = "\xff\u00e9\U0001F600\101"
	s4 = ""
	s5 = `raw
string with \n no escapes`
	s6 = ``
	s7 = "héllo, 世界"
)

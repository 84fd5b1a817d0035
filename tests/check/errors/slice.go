package p

import "io"

type T struct{}

func (T) Read([]byte) (int, error) { return 0, nil }

var a = [5]int{}
var s = []int{1, 2, 3}
var str = "hello"
var s1 = a[1:3]
var s2 = s[:2]
var s3 = str[1:]
var s4 = "abc"[1:2]
var s5 = s[2:1]
var s6 = str[1:2:3]
var s7 = a[:6]
var s8 = [3]int{}[1:]
var s9 = 5[1:]
var r io.Reader = T{}
var t1 = r.(T)
var t2, ok = r.(io.Writer)
var t3 = r.(int)
var t4 = s.(int)
var s10 = a[3:2:4]

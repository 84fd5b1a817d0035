package p

import "os"

var a = [3]int{1, 2, 3}
var s = []string{"x"}
var m = map[string]int{"a": 1}
var p = &a
var i1 = a[1]
var i2 = s[0]
var i3 = m["a"]
var i4 = p[2]
var i5 = "abc"[1]
var i6 = a[3]
var i7 = a[-1]
var i8 = m[1]
var i9 = s[1.5]
var i10 = "abc"[5]
var i11 = len(os.Args) > 0 && os.Args[0] != ""
var i12 = i1[0]
var mk1 = make([]int, 3)
var mk2 = make(map[string]int)
var mk3 = make([]int, 5, 2)
var mk4 = make(int)
var mk5 = make([]int)
var mk6 = make(chan struct{}, 1)

package p

import "unsafe"

var s = []int{1}
var bs = []byte("x")
var m = map[string]int{}
var ch = make(chan int)
var rch <-chan int
var p *int
var a1 = append(s, 1, 2)
var a2 = append(bs, "xyz"...)
var a3 = append(s, "x")
var a4 = append(1, 2)
var a5 = append(nil, 1)
var a6 = append(s, s...)
var c1 = copy(s, s)
var c2 = copy(bs, "abc")
var c3 = copy(s, bs)
var c4 = copy(1, s)
var r1 = recover()
var u1 = unsafe.Add(unsafe.Pointer(p), 8)
var u2 = unsafe.Slice(p, 4)
var u3 = unsafe.Slice(1, 4)
var u4 = unsafe.Add(unsafe.Pointer(p), 1.5)
var l1 = len(s, s)
var l2 = len()
var d1 = delete(m, "a")
var cl = close(rch)
var pn = panic(1)
var pr = print(1, "a")
var z = complex(1, 2, 3)

package p

import (
	"reflect"
	"sync"
	"unsafe"
)

type MyBytes []byte
type S struct{ a int `json:"a"` }
type S2 struct{ a int }

var b1 = []byte("hello")
var b2 = MyBytes("x")
var s1 = string(b1)
var r1 = []rune("héllo")
var p1 = unsafe.Pointer(new(int))
var u1 = uintptr(p1)
var ip = (*int)(p1)
var et = reflect.TypeOf((*error)(nil)).Elem()
var pool = sync.Pool{New: func() any { return new(S) }}
var s2 = S2(S{})
var f1 = func(x int) int { return x }
var n1 = new(sync.Mutex)
var x1 = int(s1)
var x2 = []int("x")
var x3 = *n1
var x4 = *s1
var x5 = string(1.5)

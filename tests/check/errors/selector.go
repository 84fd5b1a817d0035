package p

import "unsafe"

type S struct{ Foo, bar int }

var s S
var p = &s
const a = unsafe.Offsetof(s.foo)
const b = unsafe.Sizeof(s.Bar)
const c = unsafe.Sizeof(s.zzz)
const d = unsafe.Sizeof(p.bar)
var e *int
const f = unsafe.Sizeof(e.x)

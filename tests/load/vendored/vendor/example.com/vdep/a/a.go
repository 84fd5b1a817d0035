package a

import "example.com/vdep/b"

func A() { b.B() }

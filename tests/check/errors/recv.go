package p

import "unsafe"

type P *int
type I interface{}
type U unsafe.Pointer

func (p P) m()        {}
func (i I) m()        {}
func (u U) m()        {}
func (x int) m()      {}
func (x struct{}) m() {}
func (x *unsafe.Pointer) n() {}

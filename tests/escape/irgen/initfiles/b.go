// (see a.go)
package main

var later = mk2()

func mk2() []*int { return []*int{new(int)} }

var y, z = pair(&S{a: mk()})

func pair(s *S) (*S, *S) { return s, s }

var w = struct{ p *int; q interface{} }{mk(), &later}

func init() { println(y, z, w.p) }

var fb = func() *S { return &S{} }

var fc = func() **int { p := new(int); return &p }()

// Builtins applied to a multi-valued call (append(f()), copy(f()),
// delete(f()), unsafe.Add(f()), unsafe.Slice(f())): gc evaluates the call
// into temporaries first (typecheck.RewriteMultiValueCall), in the
// builtin's init.
package main

import "unsafe"

var sink any

func two(p *int) ([]*int, *int) { return []*int{p}, p }

func three(p *int) ([]*int, *int, *int) { return nil, p, p }

func cp(b []byte) ([]byte, []byte) { return b, []byte("abc") }

func cs(b []byte) ([]byte, string) { return b, "abc" }

func mp(m map[string]*int) (map[string]*int, string) { return m, "k" }

func ptr(b []byte) (unsafe.Pointer, uintptr) { return unsafe.Pointer(&b[0]), 1 }

func sl(b []byte) (*byte, int) { return &b[0], len(b) }

type S []*int

func st(p *int) (S, *int) { return S{p}, p }

func ap() {
	x := 1
	s := append(two(&x))
	sink = s
	y := 2
	t := append(three(&y))
	sink = t[0]
	z := 3
	u := append(st(&z))
	_ = u
}

func cpy(b []byte) int {
	n := copy(cp(b))
	n += copy(cs(b))
	return n
}

func del(m map[string]*int) {
	delete(mp(m))
}

func un(b []byte) {
	sink = unsafe.Add(ptr(b))
	sink = unsafe.Slice(sl(b))
}

func anys(p *int) ([]any, *int, int) { return nil, p, *p }

func mk(m map[any]int, p *int) (map[any]int, int) { return m, *p }

func conv(m map[any]int) {
	x := 5
	sink = append(anys(&x))
	y := 6
	delete(mk(m, &y))
}

func cplx(f func() (float64, float64)) complex128 { return complex(f()) }

func main() {
	ap()
	sink = cpy([]byte("x"))
	del(map[string]*int{})
	un([]byte("abc"))
	println(two(nil))
	conv(nil)
}

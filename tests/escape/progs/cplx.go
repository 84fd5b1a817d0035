package main

// real, imag, complex, unsafe.Add and unsafe.Slice (OREAL, OIMAG, OCOMPLEX,
// OUNSAFEADD, OUNSAFESLICE).

import "unsafe"

type C complex128

func ri(c complex128) (float64, float64) { return real(c), imag(c) }
func rc(c C) float64                      { return real(c) }
func mk(x, y float64) complex128          { return complex(x, y) }
func mk1(x float64) complex64             { return complex(float32(x), 1) }
func two() (float64, float64)             { return 1, 2 }
func mk2() complex128                     { return complex(two()) }
func ptr(c *complex128) float64           { return real(*c) }

func add(p unsafe.Pointer) unsafe.Pointer { return unsafe.Add(p, 8) }
func sl(p *byte, n int) []byte            { return unsafe.Slice(p, n) }
func sl2(p *int) []int                    { return unsafe.Slice(p, 4) }

var sink interface{}

func esc(c complex128) { sink = real(c); sink = complex(1, imag(c)) }

func main() {
	_, _ = ri(1i)
	_ = rc(2)
	_ = mk(1, 2)
	_ = mk1(3)
	_ = mk2()
	var c complex128
	_ = ptr(&c)
	var b [4]byte
	_ = add(unsafe.Pointer(&b))
	_ = sl(&b[0], 4)
	var i [4]int
	_ = sl2(&i[0])
	esc(c)
}

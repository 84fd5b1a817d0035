// Constant expressions of every kind the checker folds, compared with
// go/types by tests/suites/check.sh.
package consts

import (
	"math"
	"unsafe"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", 'f'
	g, h
)

type Flags uint8

const (
	F0 Flags = 1 << iota
	F1
	F2
	All = F0 | F1 | F2
	Not = ^F1
	AndNot = All &^ F1
)

const (
	Big      = 1 << 100
	Small    = Big >> 99
	Huge     = Big * Big
	Third    = 1.0 / 3
	F32      float32 = Third
	F64      float64 = Third
	C128             = complex(1, 2)
	C64      complex64 = 1.5 + 2i
	Re               = real(C128)
	Im               = imag(C64)
	Pi2              = math.Pi * 2
	MaxU8    uint8   = math.MaxUint8
	MinI64   int64   = math.MinInt64
	Neg              = -Big
	Quo              = 7 / 2
	QuoF             = 7 / 2.0
	Rem              = -7 % 3
	Str              = "hello, " + "world"
	StrLen           = len(Str)
	Rune             = 'x' + 1
	RuneStr          = string(Rune)
	ByteStr          = string(rune(0x10FFFF + 1))
	Cmp              = Third < 0.5
	Eq               = Str == "hello, world"
	AndAnd           = Cmp && !Eq
	Conv             = float32(0.1)
	Conv2            = int8(-128)
	Conv3            = uint64(1<<64 - 1)
	Paren            = (((1 + 2) * 3))
	Shifted          = 1.0 << 3
	ShiftTyped int16 = 1 << 14
	Tiny             = 1e-300 * 1e-300
	Exact            = 0x1p-1074
	Hex              = 0xFF_FF
	Oct              = 0o777
	Bin              = 0b1010
	Imag             = 3i * 3i
	Div              = 1e400 / 1e399
)

type S struct {
	a byte
	b int64
	c [3]uint16
	d struct{}
	e *S
	Inner
}

type Inner struct {
	x, y int32
	z    string
}

var s S

const (
	SizeS    = unsafe.Sizeof(s)
	AlignS   = unsafe.Alignof(s.b)
	OffB     = unsafe.Offsetof(s.b)
	OffZ     = unsafe.Offsetof(s.z)
	SizeArr  = unsafe.Sizeof([4]complex128{})
	LenArr   = len([5]int{})
	SizeIface = unsafe.Sizeof(any(nil))
	SizeStr  = unsafe.Sizeof("")
	SizeInner = unsafe.Sizeof(Inner{})
)

type Arr [KB / 256]byte
type Matrix [2][Tuesday]float64

var (
	V1 Arr
	V2, V3 *Matrix
	V4 map[string][]chan<- int
	V5 func(int, ...string) (error, bool)
	V6 interface {
		M(x int) string
		fmtStringer
	}
)

type fmtStringer interface{ String() string }

type T struct{ n int }

func (t T) Get() int            { return t.n }
func (t *T) Set(n int)          { t.n = n }
func (T) unexported(a, b []int) {}

type Alias = T
type Ptr *T

func F(a int, b ...float64) (r1 int, err error) { return }
func G(func(int) bool, <-chan struct{}) chan int { return nil }

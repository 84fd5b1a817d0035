// Instrumentation (-race, -msan, -asan, -d=checkptr): what changes in
// gc's -m output.  Built by scripts/escape-golden.sh instrument.
package main

import (
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

var sink interface{}

// -race: not inlinable
//
//go:norace
func noRace(x int) int { return x * (x + 1) }

// checkptr (any instrumentation): nosplit implies go:nocheckptr
//
//go:nosplit
func noSplit(x int) int { return x + 2 }

//go:nocheckptr
func noCheckptr(p unsafe.Pointer) unsafe.Pointer { return unsafe.Pointer(uintptr(p) + 8) }

// under -race sync/atomic's functions are calls, not intrinsics: the
// cost goes over the budget
func counters(a, b, c *int32) int32 {
	atomic.AddInt32(a, 1)
	atomic.AddInt32(b, 1)
	return atomic.LoadInt32(c)
}

var n int64

func load() int64 { return atomic.LoadInt64(&n) }

// runtime functions are not inlined into instrumented code
func cpus() int { return runtime.NumCPU() + runtime.NumGoroutine() }

func keep(p *int) {
	runtime.KeepAlive(p)
}

// sync's race annotations (internal/race under the race tag)
var mu sync.Mutex
var rw sync.RWMutex
var once sync.Once

func locked(f func()) {
	mu.Lock()
	defer mu.Unlock()
	rw.RLock()
	f()
	rw.RUnlock()
	once.Do(f)
}

// checkptr: reflect's Value.Pointer and Value.UnsafeAddr stay calls
func ptrOf(v reflect.Value) uintptr { return v.Pointer() }

func addrOf(v reflect.Value) uintptr { return v.UnsafeAddr() }

// -asan, -d=checkptr=2: a pointer converted to unsafe.Pointer goes to
// the heap
type T struct{ a, b int }

func toUnsafe() unsafe.Pointer {
	var t T
	return unsafe.Pointer(&t)
}

func peek() int {
	var t T
	p := unsafe.Pointer(&t)
	return *(*int)(unsafe.Add(p, 8))
}

//go:nocheckptr
func peekNoCheck() int {
	var t T
	p := unsafe.Pointer(&t)
	return *(*int)(p)
}

func arith(p unsafe.Pointer) *T { return (*T)(unsafe.Pointer(uintptr(p) + 16)) }

// checkptr: converting unsafe.Pointer to *T asks for T's runtime type
// (and its method wrappers) in the back end
type base struct{ x int }

func (b *base) X() int { return b.x }

func view(p unsafe.Pointer) int {
	type u struct {
		base
		y int
	}
	type v struct {
		base
		z [4]int64
	}
	return (*u)(p).X() + (*v)(p).X()
}

func window(p unsafe.Pointer) []int64 { return (*[8]int64)(p)[1:3:4] }

// wrappers of methods promoted through an embedded pointer: no tail
// call when instrumenting
type Outer struct {
	*base
	name string
}

type Xer interface{ X() int }

func xer(o *Outer) Xer { return o }

// order rewrites x op= y when instrumenting
var table [256]uint32
var small [8]uint32

func bits(c uint8) {
	table[c] |= 1
	small[c/32] |= 1 << (c % 32)
	small[c&7] += 2
	x := small[c&7] + table[c]
	sink = x
}

// order copies a type assertion in front of its statement when
// instrumenting, pointer-shaped or not; a send walks its value first
var ifs [8]interface{}
var chans [4]chan uint32

func asserted(i, j uint8) uint32 {
	chans[j&3] <- small[i&7]
	return small[i&7] + *ifs[j&7].(*uint32) + ifs[i&7].(uint32)
}

func main() {
	sink = noRace(1) + noSplit(2) + cpus() + peek() + peekNoCheck()
	var a, b, c int32
	sink = counters(&a, &b, &c) + int32(load())
	sink = noCheckptr(nil)
	x := 1
	keep(&x)
	locked(func() {})
	v := reflect.ValueOf(&x)
	sink = ptrOf(v) + addrOf(v.Elem())
	sink = toUnsafe()
	sink = arith(nil)
	sink = view(nil)
	sink = window(nil)
	sink = xer(&Outer{base: &base{}})
	bits(3)
	sink = asserted(1, 2)
}

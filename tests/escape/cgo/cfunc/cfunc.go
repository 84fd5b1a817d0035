package main

/*
#cgo CFLAGS: -I${SRCDIR}/include
#cgo linux,amd64 CPPFLAGS: -DONLINUX=1
#cgo !linux CFLAGS: -DBROKEN
#cgo windows darwin CFLAGS: -DBROKEN
#cgo LDFLAGS: -lm
#ifdef BROKEN
#error "a #cgo line whose condition does not hold was applied"
#endif
#include <stdlib.h>
#include "scale.h"
#include "offset.h"
#include <string.h>

typedef struct point { int x, y; } point;

static int scaled(int v) { return v * SCALE + OFFSET - ONLINUX; }
static void fill(point *p, int v) { p->x = v; p->y = scaled(v); }
static int sum(int *v, int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
extern int goAdd(int, int);
static int callback(int a) { return goAdd(a, a); }
*/
import "C"

import "unsafe"

// Scaled calls a C function with a value.
func Scaled(v int) int {
	return int(C.scaled(C.int(v)))
}

// Fill passes a pointer to a Go value to C: cgo's wrapper keeps it alive.
func Fill(v int) (int, int) {
	var p C.point
	C.fill(&p, C.int(v))
	return int(p.x), int(p.y)
}

// Sum passes a slice's array.
func Sum(v []C.int) int {
	if len(v) == 0 {
		return 0
	}
	return int(C.sum(&v[0], C.int(len(v))))
}

// Dup copies a Go string to C memory and back.
func Dup(s string) string {
	cs := C.CString(s)
	defer C.free(unsafe.Pointer(cs))
	return C.GoString(cs)
}

// Bytes copies C memory into a new Go slice.
func Bytes(s string) []byte {
	cs := C.CString(s)
	defer C.free(unsafe.Pointer(cs))
	return C.GoBytes(unsafe.Pointer(cs), C.int(len(s)))
}

//export goAdd
func goAdd(a, b C.int) C.int {
	return a + b
}

// Callback goes through C back to Go.
func Callback(a int) int {
	return int(C.callback(C.int(a)))
}

func sumOf(v ...int) int {
	c := make([]C.int, len(v))
	for i, x := range v {
		c[i] = C.int(x)
	}
	return Sum(c)
}

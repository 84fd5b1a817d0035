// Constructs where gc's tree and go/ast differ in shape or position.
// Both oracles must dump this file identically (astdump -crosscheck).

package tricky

import (
	"fmt"
	. "io"
	_ "os"
)

import ()

import "strings"

// Parentheses: gc keeps them in expressions, drops them in types.
var (
	a  (int)
	b  [](int)
	c  *(int)
	d  map[(string)](int)
	e  chan (int)
	f  func((int)) ((int))
	g  [(3)]int
	h  = (a)
	i  = ((a))
	j  = &(a)
	k  = &((a))
	l  = (*int)(nil)
	m  = ([]int)(nil)
	n  = (<-chan int)(nil)
	o  = *(c)
	p  = -(a)
	q  = [](int){1, (2)}
	r  = map[string]int{("a"): 1}
	s  = func() (int) { return 0 }
	t  = func() ((int)) { return 0 }
	u  = func() (x, y (int)) { return }
	v  = interface{}(nil).((int))
	w  = (func())(nil)
	xx = [...]int{1, 2, 3}
)

type (
	T0 (struct{})
	A0 = (int)
)

// Channel types met by the expression parser keep the position of chan.
var (
	ch1 = make(<-chan int)
	ch2 = make(<-chan <-chan int)
	ch3 = make(chan<- <-chan int)
	ch4 = make(chan (<-chan int))
	ch5 = make(<-chan (<-chan int))
	ch6 = []<-chan int{}
	ch7 <-chan <-chan int
	ch8 chan<- chan int
	ch9 = map[<-chan int]<-chan int{}
	chA = G1[<-chan int]
	chB = G2[int, <-chan int]
	chC = (<-chan <-chan int)(nil)
)

func G1[T any]()    {}
func G2[T, U any]() {}

// Generic declarations.
type (
	P1[P *C]             struct{}
	P2[P *C,]            struct{}
	P3[P (C)]            struct{}
	P4[P *C | D]         struct{}
	P5[P ~int | string]  struct{}
	P6[P interface{ ~int }] struct{}
	P7[P any, Q *P]      struct{}
	P8[P *struct{}]      struct{}
	P9[P *(C)]           struct{}
	PA[P (*C)]           struct{}
	PB[P []int, Q ~[]P]  struct{}
	PC[P, Q any]         struct{}
	PD[P int | string]   struct{}
	PE[P *C | (D)]       struct{}
	PF[P (<-chan int)]   struct{}
	PG[P *<-chan int]    struct{}
	PH[P ((C)), Q any]   struct{}
	PI[P (C), Q any]     struct{}
	PJ[P *C, Q any]      struct{}
	PK[P *C | D, Q any]  struct{}
	PL[P (*C), Q any]    struct{}
	PM[P *(C), Q any]    struct{}
	PN[P (<-chan int), Q any] struct{}
	PO[P *[]int]         struct{}
	PP[P *C | []int]     struct{}
	Arr [N]int
	Ar2 [N * M]int
	Ar3 [len("x")]int
	C   interface{}
	D   interface{}
)

const N, M = 2, 3

type I interface {
	fmt.Stringer
	Reader
	T1[int]
	T1[(int)]
	fmt.Formatter
	~int | string | T1[(int)]
	(C)
	M(int) (bool)
	N(a, b int, c ...string) (x, y int)
}

type T1[P any] interface{}

type S struct {
	a, b int `tag`
	*fmt.Stringer
	fmt.Formatter
	T1[int]
	c [N]int
	d [](int)
	e, f, g func(int) `x`
	h struct{ x int }
}

func (s *S) M1()                    {}
func (S) M2(int, string)            {}
func (s (S)) M3()                   {}
func (_ *T1[P]) M4(a, b int)        {}
func gen[T any, U *T | []T](x T) T { return x }
func noBody(int) (int, error)

func stmts(x interface{}, c chan int, mp map[string]int, sl []int) {
	var _ = func() {
		var (
			y = 1
			z = func() {
				const (
					k = iota
					l
				)
				type ()
			}
		)
		_, _ = y, z
	}
	switch y := x.(type) {
	case int, (string), <-chan int, *int:
		_ = y
	case nil:
	default:
	}
	switch x.(type) {
	}
	switch t := 1; y := x.(type) {
	case S:
		_, _ = t, y
	}
	switch z := 1; z {
	case 1, 2:
		fallthrough
	case 3:
	}
	switch {
	}
	select {
	case v := <-c:
		_ = v
	case v, ok := <-c:
		_, _ = v, ok
	case c <- 1:
	case <-c:
	default:
	}
	for range sl {
	}
	for i := range sl {
		_ = i
	}
	var k string
	var v int
	for k, v = range mp {
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
		break
	}
	for x != nil {
	}
	if y := 1; y > 0 {
	} else if y < 0 {
	} else {
	}
L:
	for {
		break L
	}
	goto M
M:
	;
	;
	sl[0]++
	sl[1]--
	v += 2
	v <<= 1
	v &^= 3
	a, b := 1, 2
	a, b = b, a
	_ = sl[:]
	_ = sl[1:2:3]
	_ = sl[:2]
	_ = sl[1:]
	fmt.Println(sl...)
	defer (fmt.Println)()
	go func() {}()
	defer func(x int) {}(1)
	c <- <-c
	_ = (*S).M1
	_ = S.M2
	_ = &S{}
	_ = []*S{{}, &S{}}
	_ = map[S]S{{}: {}}
	_ = [][]int{{1}, {2, 3}}
	_ = T1[int](nil)
	_ = struct{ a int }{a: 1}
	_ = fmt.Sprint(k, v, a, b)
	{
	}
	func() {}()
N:
}

func labelEnd() {
	goto E
E:
}

func results() (int, error) {
	return 1, nil
}

var strs = strings.Split
var _ = Reader(nil)

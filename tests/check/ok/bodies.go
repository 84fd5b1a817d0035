// Valid function bodies: the checker must accept them without a word.
package bodies

import (
	"errors"
	"fmt"
	. "strings"
	str "strconv"
)

type T struct{ f int }

func (t *T) M() int { return t.f }

func two() (int, error) { return 1, nil }

func Results() (n int, err error) {
	n, err = two()
	if err != nil {
		return
	}
	{
		n := 2
		return n, nil
	}
}

func Closures() int {
	var f func(int) int
	f = func(n int) int {
		if n == 0 {
			return 0
		}
		return f(n-1) + 1
	}
	sum := 0
	for i := 0; i < 3; i++ {
		func() { sum += i }()
	}
	x := 0
	x += 1
	y := 0
	y++
	return f(3) + sum
}

func Switches(v interface{}, n int) string {
	switch x := v.(type) {
	case int, string:
		return fmt.Sprint(x)
	case nil:
		return "nil"
	case error:
		return x.Error()
	}
	switch {
	case n > 1:
		fallthrough
	case n > 0:
		return "pos"
	default:
	}
	switch m := n * 2; m {
	case 1, 2:
	case 3:
		return "three"
	}
	return ""
}

func Loops(a *[4]int, s string, m map[string]int, ch chan int) (r int) {
	for i := range a {
		r += i
	}
	for i, c := range s {
		r += i + int(c)
	}
	for k := range m {
		delete(m, k)
	}
	for v := range ch {
		r += v
	}
	var k string
	var v int
	for k, v = range m {
	}
	_ = k + str.Itoa(v)
outer:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			r += v
		case ch <- 1:
			continue outer
		case <-ch:
		default:
			goto done
		}
	}
done:
	return r
}

func Decls() int {
	const (
		a = iota * 2
		b
	)
	type local struct{ next *local }
	var l local
	l.next = &l
	var arr [b]int
	arr[0] = 1
	p := &T{}
	p.f = a
	var e error = errors.New(ToUpper("x"))
	_ = e
	var i, j = two()
	_, _ = i, j
	defer func() { recover() }()
	go p.M()
	return p.M()
}

func Panics(n int) int {
	if n > 0 {
		return 1
	}
	panic("no")
}

func Forever() int {
	for {
	}
}

// Statements on operands of type-parameter type: range over, send on,
// ++ and -- (through core types and type sets, types2's rangeStmt,
// SendStmt and IncDecStmt).
package p

type Ints interface{ ~int | ~int8 | ~uint64 }

type Text interface{ ~string }

type List[E any] interface{ ~[]E }

type Dict[K comparable, V any] interface{ ~map[K]V }

type Chan[E any] interface{ ~chan E | ~chan<- E }

type RecvChan[E any] interface{ ~chan E | ~<-chan E }

type Arr interface{ ~[4]float64 }

func Count[T Ints](n T) T {
	var i T
	for i = 0; i < n; i++ {
	}
	i--
	return i
}

func Runes[S Text](s S) (n int, last rune) {
	for i, r := range s {
		n += i
		last = r
	}
	return
}

func Sum[L List[E], E Ints](l L) (s E) {
	for _, e := range l {
		s += e
	}
	for i := range l {
		l[i]++
	}
	return
}

func Keys[M Dict[K, V], K comparable, V any](m M) []K {
	var ks []K
	for k, v := range m {
		_ = v
		ks = append(ks, k)
	}
	return ks
}

func Send[C Chan[E], E any](c C, e E) { c <- e }

func Drain[C RecvChan[E], E any](c C) (n int) {
	for e := range c {
		_ = e
		n++
	}
	return
}

func ArrSum[A Arr](a A) (s float64) {
	for i, x := range a {
		s += x * float64(i)
	}
	return
}

type Counter[T Ints] struct{ n T }

func (c *Counter[T]) Inc() { c.n++ }

func use() {
	_ = Count[int8](3)
	n, r := Runes("héllo")
	_, _ = n, r
	_ = Sum([]int{1, 2})
	_ = Keys(map[string]bool{"a": true})
	ch := make(chan int, 1)
	Send(ch, 1)
	close(ch)
	_ = Drain(ch)
	var a [4]float64
	_ = ArrSum(a)
	var c Counter[uint64]
	c.Inc()
}

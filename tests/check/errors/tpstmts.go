// Errors on statements with operands of type-parameter type.
package p

func NoCore[T ~[]int | ~string](x T) {
	for range x {
	}
}

func TwoChans[T chan int | chan string](c T, v int) {
	c <- v
}

func NotChan[T ~[]int](c T) {
	c <- 1
}

func RecvOnly[T <-chan int](c T) {
	c <- 1
}

func SendOnly[T chan<- int](c T) {
	for range c {
	}
}

func NotNum[T ~string | ~int](x T) {
	x++
}

func NoRange[T ~int](x T) {
	for range x {
	}
}

func TwoVars[T chan int](c T) {
	for a, b := range c {
		_, _ = a, b
	}
}

func Switch[T any](x T) {
	switch x.(type) {
	}
}

// a pointer to a type parameter is not a pointer to an array, whatever
// the core type (types2's arrayPtrDeref takes under(A), an interface)
func PtrArr[A ~[4]int](p *A) {
	for range p {
	}
}

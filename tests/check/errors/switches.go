package p

type T int

func f(x int, i interface{}, s []int, ch chan<- int) {
	switch x {
	case 1, 2:
	case 1:
	case "a":
	default:
	default:
	}
	switch i.(type) {
	case int, string:
	case int:
	case nil:
	case nil:
	}
	switch v := x.(type) {
	}
	switch s {
	}
	for a, b, c := range s {
		_, _ = a, b
	}
	for range ch {
	}
	for k, v := range make(chan int) {
		_ = k
	}
}

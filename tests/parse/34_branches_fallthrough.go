package p

// fallthrough: final case, nested blocks, not last, type switches,
// outside switches, trailing empty statements.

func f(x int, y interface{}, c chan int) {
	switch x {
	case 0:
		fallthrough
	case 1:
		fallthrough;;
	case 2:
		{
			fallthrough
		}
	case 3:
		fallthrough
		x++
	case 4:
		if x > 0 {
			fallthrough
		}
	default:
		fallthrough
	}
	switch y.(type) {
	case int:
		fallthrough
	case string:
	}
	select {
	case <-c:
		fallthrough
	default:
	}
}

func ok(x int) {
	switch x {
	default:
		fallthrough
	case 1:
		fallthrough
	case 2:
	}
}

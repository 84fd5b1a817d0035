package p

func f(x int, i interface{}) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0, x == 1:
		fallthrough
	case x == 2:
		return "small"
	default:
	}
	switch x {
	case 1, 2, 3:
	}
	switch y := x * 2; y {
	case 4:
		return "four"
	}
	switch x := x; {
	default:
		_ = x
	}
	switch i.(type) {
	case nil:
	case int, int64:
	case error:
	}
	switch v := i.(type) {
	case string:
		return v
	case []int, map[string]int:
		_ = v
	default:
	}
	switch y := 1; z := i.(type) {
	case func() int:
		_, _ = y, z
	}
	return ""
}

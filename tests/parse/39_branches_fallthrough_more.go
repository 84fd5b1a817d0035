package p

// fallthrough at top level, labeled, in a loop inside a case, and in
// a function literal inside a case.

func g(x int) {
	fallthrough
	switch x {
	case 0:
	L:
		fallthrough
	default:
	}
	switch {
	case true:
		for {
			fallthrough
		}
	case false:
		_ = func() {
			fallthrough
		}
	default:
	}
	for {
		fallthrough
	}
}

package p

// More than ten errors: gc stops at the tenth.

func f(x int) {
	switch x {
	case 0:
		continue
	case 1:
		continue
	case 2:
		continue
	case 3:
		continue
	}
	continue
	continue
	continue
	{
		continue
	}
	if x > 0 {
		continue
	} else {
		continue
	}
	continue
	continue
}

package p

// Labels of statements break and continue cannot refer to, and labels
// that are not defined.

func badLabels(x int) {
If:
	if x > 0 {
		break If
	}
Block:
	{
		continue Block
	}
Sw:
	switch {
	default:
		continue Sw
	}
	break Missing
	continue Missing2
}

func elseChain(x int) {
L:
	if x > 0 {
	} else if x < 0 {
		break L
	} else {
		continue L
	}
}

func literal() {
Outer:
	for {
		_ = func() {
			for {
				continue Outer
			}
		}
	}
}

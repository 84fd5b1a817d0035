package p

// Labels: unused, duplicate, blank, chained, and the separate label
// scope of a function literal.

func unused() {
L1:
	for {
	}
L2:
	;
_:
	for {
		break
	}
}

func duplicate() {
A:
	goto A
A:
	for {
		continue A
	}
	goto A
}

func chained() {
X:
Y:
	for {
		break Y
	}
	goto X
}

func blankChain() {
L:
_:
	for {
		break L
	}
}

func literals() {
Outer:
	for {
		f := func() {
			break Outer
		Inner:
			for {
				continue Inner
			}
		}
		f()
	}
	_ = func() {
	Unused:
	}
}

func tail() {
End:
}

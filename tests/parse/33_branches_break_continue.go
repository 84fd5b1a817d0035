package p

// break and continue outside any statement they could refer to, and
// labels of statements that do not enclose them.

func outside(x int, c chan int) {
	break
	continue; continue
	if x > 0 {
		break
	}
	switch x {
	case 1:
		break
	default:
		continue
	}
	select {
	case <-c:
		break
	default:
		continue
	}
	for {
		switch {
		case true:
			continue
		}
		select {
		default:
			continue
		}
	}
}

func notEnclosing() {
L:
	for {
	}
	for {
		break L
	}
M:
	for {
	}
	for {
		continue M
	}
}

func good(c chan int) {
Loop:
	for {
	Sel:
		select {
		case <-c:
			break Sel
		default:
			break Loop
		}
	Sw:
		switch {
		case true:
			continue Loop
		default:
			break Sw
		}
	}
}

package p

// goto into blocks of every kind, to labels that are not defined, and
// out of blocks (which is fine).

func intoBlocks(x int, c chan int) {
	goto B
	{
	B:
	}
	goto I
	if x > 0 {
	I:
	} else {
	E:
	}
	goto E
	goto F
	for {
	F:
	}
	goto S
	switch x {
	case 1:
	S:
	}
	goto C
	select {
	case <-c:
	C:
	}
}

func undefined() {
	goto nowhere
	for {
		goto gone
	}
}

func backIntoBlock() {
	{
	L:
		goto L
	}
	goto L
}

func fine(x int) {
back:
	if x > 0 {
		x--
		goto back
	}
	{
		{
			goto out
		}
	}
out:
	for {
		goto back
	}
}

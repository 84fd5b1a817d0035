package p

func f(n int) {
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j == i {
				continue outer
			}
			if j > 5 {
				break outer
			}
		}
	}
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	goto end
end:
	;
sw:
	switch {
	case true:
		break sw
	}
empty:
}

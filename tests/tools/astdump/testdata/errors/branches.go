package p

func f() {
	goto L
	for {
		break M
	}
	continue
}
func g() {
L:
}

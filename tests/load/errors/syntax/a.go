package a

func f() {
	return 1 +
}

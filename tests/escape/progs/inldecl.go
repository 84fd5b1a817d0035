package main

func lt() int {
	type P struct{ a int }
	return P{1}.a
}

func lc() int {
	const k = 3
	return k
}

func main() {
	_ = lt()
	_ = lc()
}

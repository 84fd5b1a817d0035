package main

func called() int {
	var u int
	*(func() *int { return &u }()) = 42
	return u
}

func main() {
	_ = called()
}

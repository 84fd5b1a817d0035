package main

func counter() func() int {
	x := 0
	return func() int {
		x++
		return x
	}
}

func main() {
	_ = counter()
}

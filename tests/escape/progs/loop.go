package main

func loop() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	_ = p
}

func same() {
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		_ = p
	}
}

func main() {
	loop()
	same()
}

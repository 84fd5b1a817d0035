package main

func big() byte {
	var a [10485761]byte
	return a[0]
}

func newBig() int {
	p := new([65537]byte)
	return len(p)
}

func main() {
	_ = big()
	_ = newBig()
}

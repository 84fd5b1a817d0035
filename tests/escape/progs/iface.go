package main

var sinkI interface{}

func conv(x int) {
	sinkI = x
}

func local(y int) {
	var i interface{} = y
	_ = i
}

func main() {
	conv(1)
	local(2)
}

package p

func f(c chan int) (x int) {
	;
	{
	}
	{
		x := 1
		_ = x
	}
	var a, b int
	const k = 3
	type local struct{ v int }
	var l local
	_ = l
	a, b = b, a
	x = k
	_ = len("abc")
	c <- x
	go f(c)
	return
}

func empty() {}

func multi() (int, int) { return 1, 2 }

package p

import "fmt"

func f(x int, ch chan int, p *int) {
	len("a")
	x == 1
	int
	fmt.Println
	len
	go len("a")
	defer int(1)
	ch <- "a"
	x <- 1
	if x {
	}
	for x {
	}
	<-ch
	*p = 1
	copy([]int{}, []int{})
}

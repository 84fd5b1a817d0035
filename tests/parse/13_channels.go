package p

var (
	c1 chan int
	c2 chan<- int
	c3 <-chan int
	c4 chan<- chan int
	c5 chan (<-chan int)
	c6 <-chan <-chan int
	c7 chan<- <-chan int
	c8 = make(chan struct{}, 1)
)

func ops(c chan int) {
	c <- 1
	x := <-c
	y, ok := <-c
	<-c
	_, _, _ = x, y, ok
	close(c)
	for v := range c {
		_ = v
	}
}

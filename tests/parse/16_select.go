package p

func f(a, b chan int, done chan struct{}) int {
	select {
	case v := <-a:
		return v
	case v, ok := <-b:
		if ok {
			return v
		}
	case a <- 1:
	case <-done:
		return -1
	default:
	}
	select {}
}

package p

import "sync"

func f(mu *sync.Mutex, wg *sync.WaitGroup) {
	mu.Lock()
	defer mu.Unlock()
	defer func() {
		recover()
	}()
	go func(x int) {
		defer wg.Done()
		_ = x
	}(1)
	go wg.Wait()
	defer (mu.Unlock)()
}

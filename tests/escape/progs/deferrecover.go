package main

type I interface{ M() }

func d(i I) {
	defer i.M()
}

func r() (err interface{}) {
	defer func() {
		err = recover()
	}()
	return nil
}

func main() {
	d(nil)
	_ = r()
}

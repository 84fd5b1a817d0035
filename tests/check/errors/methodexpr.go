package p

type T struct{ f int }

func (T) M(x int) string { return "" }
func (*T) P(int)         {}
func (t T) Q()           {}

var m1 = T.M
var m2 = (*T).P
var m3 = T.P
var m4 = T.f
var m5 = T.Q
var ch = make(chan int)
var sc chan<- int
var r1 = <-ch
var r2, ok = <-ch
var r3 = <-sc
var r4 = <-m1
const c = len([1]int{<-ch})
var s string = m1
var s2 string = m2

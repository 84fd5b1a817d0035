package p

var n int = "text"

func g() { f(1) }

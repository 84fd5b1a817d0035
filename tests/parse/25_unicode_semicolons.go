package p

var π = 3.14159
var 世界 = "world"
var _ = π

func g() (int, int) { return 1, 2 }; func h() {}

type s struct{ a int; b string }

func k() { var x int; x = 1; _ = x }

package p

var s uint = 3
var a = 1 << s
var b float64 = 1 << s
var c int = 1.0 << s
var d = 1.5 << s
var e float32 = 2 << s + 1
var f = uint8(1) << s
var g = 1 << s == 2
var h = 1.0<<s + 2.5

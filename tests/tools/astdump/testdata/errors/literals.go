package p
var s = "abc
var r = 'ab'
var c = 0x
var d = 1e
var b = 0b2
var e = `x

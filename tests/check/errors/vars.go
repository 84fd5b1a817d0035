package p

var v1 byte = 300
var v2 = 1 << 70
var v3 = nil
var v4 int = "s"
var v5 = 2.5
const c = len(v6)
var v6 = [3]int{}
var v7 float32 = 1e100
var v8, v9 = 1, 2

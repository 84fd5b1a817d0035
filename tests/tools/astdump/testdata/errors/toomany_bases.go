package p
//line f0.go:100
var v0 = )
//line f1.go:99
var v1 = )
//line f2.go:98
var v2 = )
//line f0.go:97
var v3 = )
//line f1.go:96
var v4 = )
//line f2.go:95
var v5 = )
//line f0.go:94
var v6 = )
//line f1.go:93
var v7 = )
//line f2.go:92
var v8 = )
//line f0.go:91
var v9 = )
//line f1.go:90
var v10 = )
//line f2.go:89
var v11 = )
//line f0.go:88
var v12 = )
//line f1.go:87
var v13 = )

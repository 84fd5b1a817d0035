package tricky

// Literals are printed as written, with control bytes and backslashes
// escaped; the raw string below contains a carriage return.
var raw = `a
b\c`

var tab = '\t'
var str = "x\ty\\z\n	q"
var ints = []interface{}{0x1F, 0o17, 1_000, 1.5e3, .5, 1i, 'é', "héllo", 0x1p-2}

//line other.go:100:5
var afterLine = 1 /*line :7:3*/ + 2

//line :50
var π, ü = 1, 2 // columns count bytes

package p

import "strconv"

func two() (int, error) { return 0, nil }
func one() int           { return 1 }

var m = map[string]int{}
var a, b = two()
var c, d = one()
var e, f, g = two()
var v, ok = m["x"]
var n, err = strconv.Atoi("1")
var x, y int = two()
var p, q = 1
type I interface{ M() }
type T struct{}

func (T) M() {}

var ii I
var tt T = ii
var ee error
var zz int = ee

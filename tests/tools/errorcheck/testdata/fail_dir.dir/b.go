package b

import "./a"

var s string = a.C // ERROR "cannot use a.C"
var t int          // ERROR "wrong line"

package p

import "strings"

const k = 1 << 70

var i int = k

type S int

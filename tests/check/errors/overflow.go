package p

const c1 byte = 300
const c2 = byte(300)
const c3 int8 = 100
const c4 = c3 * 2
const c5 = -c3 - 29
const c6 uint = -1
const c7 int = 1.5
const c8 = int32(1e10)
const c9 float32 = 1e100

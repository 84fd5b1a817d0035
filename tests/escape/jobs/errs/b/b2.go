package b

var x = 1 +

package p
var y = "ÿ"
var z = @
func f() { ï»¿ }

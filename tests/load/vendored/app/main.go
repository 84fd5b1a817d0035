package main

import (
	"example.com/vdep/a"
	"example.com/vrep"
)

func main() { a.A(); vrep.R() }

package main

import (
	"fmt"

	"example.com/gp/lib"
	"example.com/vend/v"
)

func main() { fmt.Println(lib.L(), v.V) }

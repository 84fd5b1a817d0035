package main

import "example.com/wb/lib"

func main() { lib.L() }

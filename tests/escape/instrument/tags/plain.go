//go:build !race && !msan && !asan

package main

func mode() int { return 0 }

func annotate(p *struct{ x int }) int { return p.x }

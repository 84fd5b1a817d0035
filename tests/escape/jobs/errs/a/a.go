// Package a is fine: its -m lines come first.
package a

func F(x *int) *int { return x }

func G() *int { y := 3; return &y }

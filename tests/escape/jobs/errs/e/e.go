// Package e: a parse error that is not a syntax error, sorted with the
// type errors, and a label not defined.
package e

func S(s []int) []int { return s[1::3] }

func L() { goto x }

func T() int { return "t" }

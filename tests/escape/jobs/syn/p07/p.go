// Package p07 has a syntax error, the only error of the run.
package p07

func F( {

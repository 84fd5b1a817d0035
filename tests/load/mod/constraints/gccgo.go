//go:build gccgo

package constraints

const GCCGO = 1

//go:build gc

package constraints

const GC = 1

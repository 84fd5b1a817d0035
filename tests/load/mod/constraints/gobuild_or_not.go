//go:build !windows || (darwin && cgo)

package constraints

const OrNot = 1

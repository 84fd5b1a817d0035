//go:build cgo

package constraints

const CgoTag = 1

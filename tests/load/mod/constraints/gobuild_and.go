//go:build linux && amd64

package constraints

const And = 1

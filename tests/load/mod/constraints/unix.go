//go:build unix

package constraints

const Unix = 1

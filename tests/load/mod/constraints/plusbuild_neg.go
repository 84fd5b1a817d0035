// +build !windows,!plan9

package constraints

const Neg = 1

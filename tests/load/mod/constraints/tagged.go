//go:build mytag

package constraints

const Tagged = 1

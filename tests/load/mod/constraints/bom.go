//go:build linux

package constraints

const BOM = 1

//go:build linux
// +build windows

package constraints

const Both = 1

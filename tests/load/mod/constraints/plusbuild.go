// +build linux,amd64 darwin

package constraints

const Plus = 1

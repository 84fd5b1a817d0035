//go:build linux

package constraints

const CRLF = 1

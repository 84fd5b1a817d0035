// Only the last elements count: extra is neither a GOOS nor a GOARCH.
package constraints

const Extra = 1

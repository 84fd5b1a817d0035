// Copyright notice.

// +build never

package constraints

const Late = 1

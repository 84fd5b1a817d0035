//go:build go1.18 && !go1.20

package constraints

const Release = 1

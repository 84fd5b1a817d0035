// Package inner is in a nested module: ./... in the main module skips it.
package inner

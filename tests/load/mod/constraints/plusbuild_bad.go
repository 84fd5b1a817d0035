// +build !!linux

package constraints

const Bad = 1

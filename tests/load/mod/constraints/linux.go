// linux.go has no prefix before the GOOS: it is not constrained.
package constraints

const Linux = 1

// +build ignore
package constraints

const NoBlank = 1

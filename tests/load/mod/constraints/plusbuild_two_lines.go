// +build linux darwin
// +build 386

package constraints

const PlusTwo = 1

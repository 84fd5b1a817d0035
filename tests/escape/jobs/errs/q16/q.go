// Package q16 has a syntax error.
package q16

import "fmt"

func F( {
	fmt.Println()
}

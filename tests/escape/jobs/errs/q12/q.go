// Package q12 has a syntax error.
package q12

import "fmt"

func F( {
	fmt.Println()
}

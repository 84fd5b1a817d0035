// Package q08 has a syntax error.
package q08

import "fmt"

func F( {
	fmt.Println()
}

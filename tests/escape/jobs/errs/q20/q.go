// Package q20 has a syntax error.
package q20

import "fmt"

func F( {
	fmt.Println()
}

// Package q04 has a syntax error.
package q04

import "fmt"

func F( {
	fmt.Println()
}

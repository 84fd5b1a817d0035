// []rune of a constant string is a slice literal of its runes to gc
// (noder's stringtoruneslit): "[]rune{...}" in escape analysis, and the
// literal's elements in the inliner's cost.
package main

var sink []rune

func count(r []rune) int { return len(r) }

func local() int {
	x := []rune("héllo\xff")
	return count(x)
}

func empty() int {
	return len([]rune(""))
}

func leak() {
	sink = []rune("ab")
}

// small enough to inline with its literal's cost
func short() []rune { return []rune("abc") }

// too long to inline once its runes count
func long() []rune {
	return []rune("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
}

func main() {
	println(local(), empty())
	leak()
	println(len(short()), len(long()))
}

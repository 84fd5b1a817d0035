package main

import "runtime"

// Switches on constants keep only the case that matches (deadcode, Go
// issue 50253): the inliner costs that case alone.

func one(p func(string)) {
	const c = 1
	switch c {
	case 0:
		p("zero")
	case 1:
		p("one")
	case 2:
		p("two")
	default:
		p("other")
	}
}

func goos() string {
	switch runtime.GOOS {
	case "linux":
		return "Leenooks"
	case "windows":
		return "Windoze"
	case "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20":
		return "Numbers"
	default:
		return "oh nose!"
	}
}

func dflt(p func(string)) {
	switch 7 {
	case 1, 2, 3:
		p("small")
		p("small")
		p("small")
	default:
		p("big")
	}
}

func tagless(s []int) int {
	switch {
	case false:
		return len(s) + len(s) + len(s) + len(s)
	case true:
		return 1
	}
	return 0
}

func fall(p func(string)) {
	switch 1 {
	case 1:
		p("a")
		fallthrough
	case 2:
		p("b")
		p("b")
		p("b")
		p("b")
	}
}

func notconst(x int, p func(*int)) {
	switch 1 {
	case x:
		p(&x)
	case 2:
		p(new(int))
	}
}

func main() {
	one(func(string) {})
	_ = goos()
	dflt(func(string) {})
	_ = tagless(nil)
	fall(func(string) {})
	notconst(1, func(*int) {})
}

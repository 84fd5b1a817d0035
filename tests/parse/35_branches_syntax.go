package p

// A body with syntax errors is not checked; the other bodies are, also
// a function literal that parses cleanly inside a broken body.

func broken() {
	_ = func() {
	Unused1:
	}
Unused2:
	x := )
}

func checked() {
Unused3:
}
